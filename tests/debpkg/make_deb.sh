# Sourced by the package tests: make_deb BUILD_DIR OUT_DIR builds the .deb with CPack into OUT_DIR
# (not the build directory: tests leave nothing behind) and prints its path.
make_deb() {
  local build=$1 out=$2
  cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 ||
    { cat "$out/cpack.log" >&2; return 1; }
  rm -rf "$out/_CPack_Packages" "$out/cpack.log"
  local debs=("$out"/judge_*_amd64.deb)
  [[ ${#debs[@]} == 1 && -f ${debs[0]} ]] || { echo "no judge_*_amd64.deb in $out" >&2; return 1; }
  echo "${debs[0]}"
}
