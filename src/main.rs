//! The `mathdrill` binary: everything lives in the library.
fn main() -> std::process::ExitCode {
    mathdrill::cli::run()
}
