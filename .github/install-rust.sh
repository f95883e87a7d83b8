#!/usr/bin/env bash
# Installs the Rust toolchain that rust-toolchain.toml pins, with target $TARGET, on a GitHub
# runner, and rustup itself first where the image lacks it (windows-11-arm, for one). Used by
# ci.yml. The pin is read from that one file so CI cannot drift from local builds.
set -euo pipefail
if ! command -v rustup >/dev/null; then
  if [ "$RUNNER_OS" = Windows ]; then
    curl -sSfL -o "$RUNNER_TEMP/rustup-init.exe" \
      "https://static.rust-lang.org/rustup/dist/$TARGET/rustup-init.exe"
    "$RUNNER_TEMP/rustup-init.exe" -y --default-toolchain none --profile minimal
    bin="$USERPROFILE\\.cargo\\bin"
    export PATH="$USERPROFILE/.cargo/bin:$PATH"
  else
    curl -sSf https://sh.rustup.rs | sh -s -- -y --default-toolchain none --profile minimal
    bin="$HOME/.cargo/bin"
    export PATH="$bin:$PATH"
  fi
  echo "$bin" >> "$GITHUB_PATH"
fi
toolchain=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
[ -n "$toolchain" ] || { echo "no channel in rust-toolchain.toml" >&2; exit 1; }
rustup toolchain install "$toolchain" --profile minimal --component clippy,rustfmt \
  --target "$TARGET"
rustc -vV
