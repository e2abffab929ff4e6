#include "export/status_labels.hpp"

namespace gazette {

std::string StatusLabelZh(std::string_view code) {
  // The terms of 国家法律法规数据库's 时效性 (有效, 已修改, 尚未生效, 已废止) and the 失效 of the
  // State Council's 文件清理 lists; 替代 and 补充 for what the gazette's own notices say.
  struct Label {
    std::string_view code, zh;
  };
  static constexpr Label kLabels[] = {
      {"in-force", "有效"},         {"not-yet-in-force", "尚未生效"}, {"expired", "已失效"},
      {"repealed", "已废止"},       {"replaced", "已被修订或替代"},   {"amended", "已修改"},
      {"supplemented", "已补充"},   {"unknown", "时效不详"},
  };
  for (const auto& l : kLabels)
    if (l.code == code) return std::string(l.zh);
  return std::string(code);
}

}  // namespace gazette
