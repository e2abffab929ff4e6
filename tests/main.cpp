// Catch2 v2 entry point for every *_test.cpp under tests/.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
