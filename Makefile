# Top-level driver: everything goes through CMake in build/ (release) or
# build-asan/ (ASan+UBSan). `make` builds build/dyad; `make check` runs every
# test through CTest. See README.md.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=

.PHONY: all check check-asan bench fuzz clean distclean golden-update

all: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_ARGS)

check: all
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

$(ASAN_BUILD)/CMakeCache.txt:
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DDYAD_SANITIZE=ON $(CMAKE_ARGS)

check-asan: $(ASAN_BUILD)/CMakeCache.txt
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	    ctest --output-on-failure -j $(JOBS)

bench: all
	./bench/run.sh

fuzz:
	./fuzz/run.sh

# Regenerate tests/golden expectations from the current build; review the diff.
golden-update: all
	DYAD_BIN=$(BUILD)/dyad sh tests/golden/t0001-golden.sh --update

clean:
	-cmake --build $(BUILD) --target clean
distclean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
