/* Times what a host pays to start libnesting: dlopen plus the first call (nesting_version). Prints milliseconds. */
#include <dlfcn.h>
#include <stdio.h>
#include <time.h>

int main(int argc, char **argv)
{
    if (argc != 2) { fprintf(stderr, "usage: load_time PATH/libnesting.so\n"); return 2; }
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) { fprintf(stderr, "load_time: %s\n", dlerror()); return 1; }
    const char *(*version)(void) = (const char *(*)(void))dlsym(lib, "nesting_version");
    if (!version) { fprintf(stderr, "load_time: nesting_version not exported\n"); return 1; }
    const char *v = version();
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%.2f ms (dlopen + nesting_version \"%s\")\n", (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6, v);
    return 0;
}
