#include "diff/assignment.hpp"

#include <algorithm>
#include <limits>

namespace gazette::diff {

std::vector<int> MaxWeightAssignment(const std::vector<std::vector<double>>& weight) {
  size_t rows = weight.size(), cols = rows ? weight[0].size() : 0;
  size_t n = std::max(rows, cols);
  std::vector<int> result(rows, -1);
  if (rows == 0 || cols == 0) return result;
  // Square cost matrix: a forbidden or padding pair costs 0, the same as leaving both unmatched.
  auto cost = [&](size_t i, size_t j) -> double {
    if (i >= rows || j >= cols || weight[i][j] <= 0) return 0.0;
    return -weight[i][j];
  };
  const double inf = std::numeric_limits<double>::infinity();
  // Potentials u (rows), v (columns); match[j] = row assigned to column j (1-based, 0 = none).
  std::vector<double> u(n + 1, 0), v(n + 1, 0);
  std::vector<size_t> match(n + 1, 0), way(n + 1, 0);
  for (size_t i = 1; i <= n; ++i) {
    match[0] = i;
    size_t j0 = 0;
    std::vector<double> minv(n + 1, inf);
    std::vector<bool> used(n + 1, false);
    do {
      used[j0] = true;
      size_t i0 = match[j0], j1 = 0;
      double delta = inf;
      for (size_t j = 1; j <= n; ++j) {
        if (used[j]) continue;
        double cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) minv[j] = cur, way[j] = j0;
        if (minv[j] < delta) delta = minv[j], j1 = j;
      }
      for (size_t j = 0; j <= n; ++j) {
        if (used[j]) u[match[j]] += delta, v[j] -= delta;
        else minv[j] -= delta;
      }
      j0 = j1;
    } while (match[j0] != 0);
    do {
      size_t j1 = way[j0];
      match[j0] = match[j1];
      j0 = j1;
    } while (j0 != 0);
  }
  for (size_t j = 1; j <= n; ++j) {
    size_t i = match[j];
    if (i >= 1 && i <= rows && j <= cols && weight[i - 1][j - 1] > 0) result[i - 1] = int(j - 1);
  }
  return result;
}

}  // namespace gazette::diff
