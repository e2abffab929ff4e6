// Optimal one-to-one matching (the Hungarian algorithm), for pairing old and new catalog rows.
#pragma once
#include <vector>

namespace gazette::diff {

/// The one-to-one assignment of rows to columns that maximizes the sum of WEIGHT[i][j] over the
/// pairs chosen (Kuhn–Munkres, O(n²·m)). A weight ≤ 0 marks a pair that may not be chosen.
/// Returns, for each row, its column or -1 when it stays unassigned.
std::vector<int> MaxWeightAssignment(const std::vector<std::vector<double>>& weight);

}  // namespace gazette::diff
