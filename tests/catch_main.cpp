// Catch2 main for every test executable (tests/CMakeLists.txt links it once per module).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
