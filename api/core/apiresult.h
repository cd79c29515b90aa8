#pragma once

#include <utility>
#include <variant>

#include "api/core/apierror.h"

namespace rd {

// A typed result: either a value or an ApiError. Never a sentinel value.
template <typename T> class ApiResult {
public:
    ApiResult(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    ApiResult(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const ApiError& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace rd
