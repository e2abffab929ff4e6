#include "export/status_labels.hpp"

namespace gazette {

std::string StatusLabelZh(LegalStatus status) {
  // The terms of 国家法律法规数据库's 时效性 (有效, 已修改, 尚未生效, 已废止) and the 失效 of the
  // State Council's 文件清理 lists; 替代 and 补充 for what the gazette's own notices say.
  switch (status) {
    case LegalStatus::kInForce: return "有效";
    case LegalStatus::kNotYetInForce: return "尚未生效";
    case LegalStatus::kExpired: return "已失效";
    case LegalStatus::kRepealed: return "已废止";
    case LegalStatus::kReplaced: return "已被修订或替代";
    case LegalStatus::kAmended: return "已修改";
    case LegalStatus::kSupplemented: return "已补充";
    case LegalStatus::kSuspended: return "暂缓或暂停实施";
    case LegalStatus::kUnknown: return "时效不详";
  }
  return ToString(status);
}

}  // namespace gazette
