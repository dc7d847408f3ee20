/* benchtime.c — run one command, report its wall time and peak RSS.
 *
 * Usage: benchtime RESULT-FILE COMMAND [ARG...]
 * Runs COMMAND (standard input, output and error inherited, so the caller
 * redirects them), waits for it, and writes one line to RESULT-FILE:
 *     <wall seconds> <peak RSS KiB> <exit status>
 * Wall time is CLOCK_MONOTONIC around fork..wait, in seconds with nanosecond
 * digits; peak RSS is getrusage(RUSAGE_CHILDREN).ru_maxrss, which on Linux is
 * the largest resident set of any waited-for child in KiB (there is exactly
 * one). A command killed by signal N reports exit status 128+N; one that
 * cannot be started reports 127. benchtime itself exits with the command's
 * status. Built by bench/run.sh with the system C compiler; part of the
 * benchmark harness only, not of dyad. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: benchtime RESULT-FILE COMMAND [ARG...]\n");
        return 2;
    }
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0) {
        perror("benchtime: fork");
        return 127;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "benchtime: cannot run '%s': %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) {
            perror("benchtime: waitpid");
            return 127;
        }
    double wall = now() - t0;
    struct rusage ru;
    if (getrusage(RUSAGE_CHILDREN, &ru) != 0) ru.ru_maxrss = 0;
    int code = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 127;
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        fprintf(stderr, "benchtime: cannot write '%s': %s\n", argv[1], strerror(errno));
        return 127;
    }
    fprintf(f, "%.6f %ld %d\n", wall, (long)ru.ru_maxrss, code);
    if (fclose(f) != 0) return 127;
    return code;
}
