# Install rules and the Debian package (issue 18): `cmake --build build --target package` makes
# judge_<version>_amd64.deb. docs/packaging.md says what goes where and why.
include(GNUInstallDirs)

# Debian wants man pages compressed, reproducibly (-n: no name or time stamp in the gzip header).
set(judge_man_gz "${PROJECT_BINARY_DIR}/packaging/judge.1.gz")
add_custom_command(
  OUTPUT "${judge_man_gz}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/packaging"
  COMMAND gzip -9 -n -c "${PROJECT_SOURCE_DIR}/packaging/judge.1" > "${judge_man_gz}"
  DEPENDS "${PROJECT_SOURCE_DIR}/packaging/judge.1"
  COMMENT "Compressing the man page judge(1)")
add_custom_target(judge_man_page ALL DEPENDS "${judge_man_gz}")

install(TARGETS judge_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The shipped languages; the judge reads /etc/judge/languages.d/*.toml after it (judge/language.h).
install(FILES judge/languages.toml DESTINATION ${CMAKE_INSTALL_DATADIR}/judge)
install(FILES "${judge_man_gz}" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES packaging/judge.bash-completion DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME judge)
install(FILES packaging/judge-worker@.service DESTINATION lib/systemd/system)
install(FILES packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
install(FILES packaging/worker.env DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
# Example problems to try the judge on (`judge run /usr/share/doc/judge/examples/aplusb/...`).
foreach(example aplusb)
  install(DIRECTORY problems/${example} DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME judge)
set(CPACK_PACKAGE_VERSION "${JUDGE_VERSION}")
set(CPACK_PACKAGE_CONTACT "judge maintainers <judge@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "sandboxed judge for programming contests")
set(CPACK_PACKAGE_DESCRIPTION
    "Compiles and grades submissions in boxes made of namespaces, an overlay root, cgroups (v1 or
v2) and seccomp: problem.toml, Kattis and Polygon packages, checkers, interactive and
output-only problems, scored groups, batch grading and a Redis queue worker.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # judge_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries' dependencies from dpkg-shlibdeps (none while the judge is linked statically).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# `judge doctor` needs nothing more than the kernel and /bin/true (coreutils, essential). The
# shipped languages' toolchains are recommended: a host grades only the languages it has.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gcc, g++, python3, default-jdk-headless")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "redis-server")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
