// Cutting the body of an issue into documents and reading each document's parts.
#pragma once
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// The documents in LINES[begin, end): each anchored on its 文号 line (or, for an order, on
/// 第N号 under 北京市人民政府令), its header (issuers, title) read back from there, its body
/// running to the next document's header. A CONTENTS entry whose 文号 is not printed in the
/// body is anchored on its title line instead.
std::vector<Document> CutDocuments(const std::vector<TextLine>& lines, size_t begin, size_t end,
                                   const std::vector<ContentsEntry>& contents);

/// Index of the first line of the back matter (公报 notes) at or after BEGIN, or END.
size_t FindBackMatter(const std::vector<TextLine>& lines, size_t begin, size_t end);

/// Fills DOC's recipients, signatories, signing date, attachments, type and instruments from its
/// title and body.
void ReadDocumentParts(Document& doc);

}  // namespace gazette
