// Cutting the body of an issue into documents and reading each document's parts.
#pragma once
#include <vector>

#include "model/issue.hpp"

namespace gazette {

/// The documents in LINES[begin, end), each starting where its own header says (grammars/
/// segment.grammar): an issuer block and title over a 文号 or other number line, or over the
/// 主送; a number line naming its series; a regulation's title over its dating lines or first
/// 章/条. Its header (issuers, title) is read back from the number line; its body runs to the
/// next document's header. A CONTENTS entry no header anchors is looked up by its title.
std::vector<Document> CutDocuments(const std::vector<TextLine>& lines, size_t begin, size_t end,
                                   const std::vector<ContentsEntry>& contents);

/// CutDocuments, moving each document's body out of LINES instead of copying it (the caller no
/// longer needs those lines; the headers' lines stay as they were).
std::vector<Document> TakeDocuments(std::vector<TextLine>& lines, size_t begin, size_t end,
                                    const std::vector<ContentsEntry>& contents);

/// Index of the first line of the back matter (公报 notes) at or after BEGIN, or END.
size_t FindBackMatter(const std::vector<TextLine>& lines, size_t begin, size_t end);

/// Fills DOC's recipients, signatories, signing date, attachments, type and instruments from its
/// title and body. A regulation opening on dating lines is dated by the latest adoption,
/// amendment or promulgation, and numbered by the order a 公布 line names.
void ReadDocumentParts(Document& doc);

}  // namespace gazette
