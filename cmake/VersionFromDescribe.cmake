# judge_version_from_describe(DESCRIBE BASE OUT): the Debian-valid version for an output of
# `git describe --tags --always --dirty` (docs/packaging.md has the table). BASE, the VERSION
# file's, stands before a bare commit hash; an empty DESCRIBE (not a git checkout) gives BASE.
# Separate from Version.cmake so that tests/debpkg/version_test.cmake can run it with `cmake -P`.
function(judge_version_from_describe describe base out)
  set(version "${base}")
  if(describe MATCHES "^([0-9a-f]+)(-dirty)?$")  # no tag: the commit's hash
    set(version "${base}+g${CMAKE_MATCH_1}")
    if(CMAKE_MATCH_2)
      string(APPEND version ".dirty")
    endif()
  elseif(describe MATCHES "^v?([0-9][0-9A-Za-z.]*)(-([0-9]+)-(g[0-9a-f]+))?(-dirty)?$")
    set(version "${CMAKE_MATCH_1}")
    if(CMAKE_MATCH_3)
      string(APPEND version "+${CMAKE_MATCH_3}.${CMAKE_MATCH_4}")
    endif()
    if(CMAKE_MATCH_5)
      string(APPEND version ".dirty")
    endif()
  endif()
  set(${out} "${version}" PARENT_SCOPE)
endfunction()
