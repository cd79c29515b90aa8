#pragma once

// Tremendous API v2 sample bodies, written from the vendor documentation (tremendous-openapi.yaml) (the spec has no
// examples: every field below is one its schemas define, with the documented types, enums, nullability and wrapper
// keys). Schema names are given next to each body.

namespace rd::test::tr {

// GET /orders -> ListOrders200Response {orders: [ListOrders200ResponseOrdersInner], total_count}.
// Order 1: PENDING APPROVAL with payment and one EMAIL reward. Order 2: CANCELED with a refund, nulls where nullable.
inline constexpr char OrderPage[] = R"({
  "orders": [
    {
      "id": "ORD1PENDING",
      "external_id": "crm-42",
      "campaign_id": "CAMP0001",
      "created_at": "2024-05-01T10:00:00Z",
      "status": "PENDING APPROVAL",
      "channel": "API",
      "payment": {"subtotal": 25, "total": 25.5, "fees": 0.5, "discount": 0, "currency_code": "USD"},
      "invoice_id": "INV00001",
      "rewards": [
        {
          "id": "RWD1EMAIL",
          "order_id": "ORD1PENDING",
          "created_at": "2024-05-01T10:00:00.123Z",
          "expires_at": null,
          "value": {"denomination": 25, "currency_code": "USD"},
          "recipient": {"name": "Jane Doe", "email": "jane.doe@example.com", "phone": "+15555550100"},
          "deliver_at": "2024-05-02",
          "custom_fields": [{"id": "FIELD001", "value": "blue", "label": "color"},
                            {"id": "FIELD002", "value": null, "label": "team"}],
          "delivery": {"method": "EMAIL", "status": "SCHEDULED"}
        }
      ]
    },
    {
      "id": "ORD2CANCELED",
      "external_id": null,
      "campaign_id": null,
      "created_at": "2024-04-30T08:30:00+02:00",
      "status": "CANCELED",
      "channel": "UI",
      "payment": {"subtotal": 30.25, "total": 31.75, "fees": 1.5, "discount": 0,
                  "currency_code": "USD", "refund": {"total": 31.75, "currency_code": "USD"}},
      "rewards": []
    }
  ],
  "total_count": 1234
})";

// GET /orders/{id}, approve, reject -> GetOrder200Response {order}.
inline constexpr char OrderAnswer[] = R"({
  "order": {
    "id": "ORD1PENDING",
    "external_id": "crm-42",
    "created_at": "2024-05-01T10:00:00Z",
    "status": "EXECUTED",
    "channel": "API",
    "payment": {"subtotal": 25, "total": 25.5, "fees": 0.5, "discount": 0, "currency_code": "USD"},
    "rewards": [
      {"id": "RWD1EMAIL", "order_id": "ORD1PENDING", "created_at": "2024-05-01T10:00:00Z",
       "value": {"denomination": 25, "currency_code": "USD"},
       "recipient": {"name": null, "email": "jane.doe@example.com"},
       "delivery": {"method": "EMAIL", "status": "PENDING"}}
    ]
  }
})";

// GET /rewards -> ListRewards200Response {rewards, total_count (optional)}.
inline constexpr char RewardPage[] = R"({
  "rewards": [
    {"id": "RWD1EMAIL", "order_id": "ORD1PENDING", "created_at": "2024-05-01T10:00:00Z",
     "expires_at": "2025-05-01T00:00:00Z",
     "value": {"denomination": 10.5, "currency_code": "EUR"},
     "recipient": {"name": "Jane Doe", "email": "jane.doe@example.com"},
     "deliver_at": "2024-05-01",
     "delivery": {"method": "EMAIL", "status": "FAILED"}},
    {"id": "RWD2PHONE", "order_id": "ORD3", "created_at": "2024-05-01T11:00:00Z",
     "value": {"denomination": 5, "currency_code": "USD"},
     "recipient": {"phone": "+15555550101"},
     "delivery": {"method": "PHONE", "status": "SUCCEEDED"}}
  ],
  "total_count": 2
})";

// GET /rewards/{id} -> GetReward200Response {reward}.
inline constexpr char RewardAnswer[] = R"({
  "reward": {"id": "RWD9LINK", "order_id": "ORD9", "created_at": "2024-05-01T10:00:00Z",
             "value": {"denomination": 100, "currency_code": "CAD"},
             "recipient": {"name": "Only Name"},
             "delivery": {"method": "LINK", "status": "SUCCEEDED"}}
})";

// GET /fraud_reviews -> ListFraudReviews200Response {fraud_reviews, total_count}. No risk / related_rewards here.
inline constexpr char FraudReviewPage[] = R"({
  "fraud_reviews": [
    {
      "status": "flagged",
      "reasons": ["VPN detected", "Over reward dollar limit", "Email on a Tremendous fraud list"],
      "device_id": "device-abc",
      "redemption_method": "paypal",
      "redeemed_at": "2024-05-03T12:00:00Z",
      "geo": {"ip": "203.0.113.7", "country": "US", "city": "Springfield"},
      "reward": {"id": "RWDFLAG1", "order_id": "ORD5", "created_at": "2024-05-01T10:00:00Z",
                 "value": {"denomination": 50, "currency_code": "USD"},
                 "recipient": {"email": "x@example.com"},
                 "delivery": {"method": "EMAIL", "status": "SUCCEEDED"}},
      "redemption_method_account_hash": "hash123"
    },
    {
      "status": "blocked",
      "reasons": ["Disallowed country"],
      "redemption_method": "bank transfer",
      "redeemed_at": "2024-03-01T00:00:00Z",
      "reward": {"id": "RWDBLOCK", "value": {"denomination": 20, "currency_code": "USD"}},
      "reviewed_by": "Automatic Review",
      "reviewed_at": "2024-03-31T00:00:00Z"
    }
  ],
  "total_count": 2
})";

// GET /fraud_reviews/{id}, release, block -> GetFraudReview200Response {fraud_review} with risk and related_rewards.
inline constexpr char FraudReviewAnswer[] = R"({
  "fraud_review": {
    "status": "released",
    "reasons": ["IP related to a blocked reward"],
    "device_id": "device-abc",
    "redemption_method": "venmo",
    "redeemed_at": "2024-05-03T12:00:00Z",
    "geo": {"ip": "203.0.113.7", "country": "US", "city": "Springfield"},
    "reward": {"id": "RWDFLAG1", "order_id": "ORD5", "created_at": "2024-05-01T10:00:00Z",
               "value": {"denomination": 50, "currency_code": "USD"},
               "delivery": {"method": "EMAIL", "status": "SUCCEEDED"}},
    "reviewed_by": "agent@example.com",
    "reviewed_at": "2024-05-04T09:00:00Z",
    "redemption_method_account_hash": "hash123",
    "risk": "high",
    "related_rewards": {"ids": ["RWDA", "RWDB"], "count": 2, "blocked_count": 1, "aggregated_value": 75.25,
                        "currency_code": "USD"}
  }
})";

// GET /funding_sources -> ListFundingSources200Response. Meta fields per method as the schema documents them.
inline constexpr char FundingSources[] = R"({
  "funding_sources": [
    {"id": "BALANCE01", "method": "balance", "usage_permissions": ["orders"], "status": "active",
     "meta": {"available_amount": 5000.55, "available_cents": 500055, "currency_code": "USD",
              "pending_amount": 10, "pending_cents": 1000}},
    {"id": "CARD0001", "method": "credit_card", "status": "active",
     "meta": {"accountholder_name": "ACME", "network": "Visa", "last4": "4242", "expired": false,
              "year": "2030", "month": "12", "last_payment_failed_at": null}},
    {"id": "BANK0001", "method": "bank_account", "status": "active",
     "meta": {"accountholder_name": "ACME", "account_type": "checking", "bank_name": "Chase",
              "account_number_mask": "6789", "account_routing_mask": "1234", "refundable": true}},
    {"id": "INVOICE1", "method": "invoice", "status": "active", "type": "COMMERCIAL",
     "meta": {"available_amount": 1000, "currency_code": "USD", "credit_limit_amount": 2000,
              "credit_limit_cents": 200000, "invoice_type": "commercial", "interval": "monthly", "net": "30"}}
  ]
})";

// GET /funding_sources/{id} -> GetFundingSource200Response {funding_source}.
inline constexpr char FundingSourceAnswer[] = R"({
  "funding_source": {"id": "BALANCE01", "method": "balance", "status": "active",
                     "meta": {"available_amount": 4999.99, "available_cents": 499999, "currency_code": "USD"}}
})";

// GET /products -> ListProductsResponse.
inline constexpr char Products[] = R"({
  "products": [
    {"id": "PROD0001", "name": "Amazon.com", "description": "Gift card", "category": "merchant_card",
     "subcategory": "general_merchandise", "disclosure": "Terms apply",
     "currency_codes": ["USD", "CAD"], "countries": [{"abbr": "US"}], "images": []},
    {"id": "PROD0002", "name": "PayPal", "description": "Cash", "category": "paypal", "disclosure": "",
     "currency_codes": ["USD"], "countries": [{"abbr": "US"}], "images": [], "documents": null}
  ]
})";

// GET /campaigns -> ListCampaigns200Response.
inline constexpr char Campaigns[] = R"({
  "campaigns": [
    {"id": "CAMP0001", "name": "Survey thanks", "description": null, "products": ["PROD0001", "PROD0002"],
     "fee_charged_to": null},
    {"id": "CAMP0002", "name": "Referral", "description": "For referrals", "products": []}
  ]
})";

// GET /fraud_rules -> ListFraudRules200Response.
inline constexpr char FraudRules[] = R"({
  "fraud_rules": [
    {"rule_type": "review_country", "config": {"type": "blacklist", "countries": ["XX"]}},
    {"rule_type": "review_vpn", "config": null},
    {"rule_type": "review_something_new", "config": {}}
  ]
})";

// POST /rewards/{id}/generate_link -> GenerateRewardLink200Response {reward: {id, link}}.
inline constexpr char RewardLink[] =
    R"({"reward": {"id": "RWD1EMAIL", "link": "https://testflight.tremendous.com/rewards/payout/secret-link-123"}})";

// Error bodies (ListRewards401Response / ResendReward422Response / the singular 429 form).
inline constexpr char Error401[] = R"({"errors": {"message": "Invalid API key", "payload": {}}})";
inline constexpr char Error422[] = R"({"errors": {"message": "Order is not pending approval", "payload": {}}})";
inline constexpr char Error429[] = R"({"error": {"message": "Too many requests", "payload": {}}})";

} // namespace rd::test::tr
