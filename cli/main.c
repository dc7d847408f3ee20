#include <stdio.h>
#include "dyad.h"
int main(void) { printf("dyad %s\n", dyad_version()); return 0; }
