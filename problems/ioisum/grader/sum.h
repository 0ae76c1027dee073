// What a submission implements: the sum of `a`, which fits in a signed 64-bit integer.
#pragma once

#include <vector>

long long total(const std::vector<long long>& a);
