#include "api/core/httprequest.h"

namespace rd {

QByteArray HttpResponse::header(const QByteArray& name) const {
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace rd
