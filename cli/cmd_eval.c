/* cmd_eval.c — `dyad eval`: score coding against the gold sets (stub until
 * the accuracy work lands). */
#include "cli.h"

int cmd_eval(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    cli_error("'dyad eval' is not implemented yet");
    return EXIT_USAGE;
}
