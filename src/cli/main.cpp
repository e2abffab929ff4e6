// gazette: the command-line entry point. Parses arguments and prints; the library does the work.
#include <iostream>
int main() { std::cout << "gazette\n"; return 0; }
