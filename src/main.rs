//! The `mathdrill` binary: everything lives in the library.

/// mimalloc instead of the system allocator: the exercises allocate and drop many small trees
/// (formulas, answers, solution lines), and with glibc's malloc about a third of the
/// instructions of generate + solve + check were spent in malloc and free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    mathdrill::cli::run()
}
