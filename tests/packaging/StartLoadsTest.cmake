# cmake -DSALKKU=<program> -P StartLoadsTest.cmake
# The libraries the program loads when it starts (ldd: every one, with theirs) do not include libvoikko or
# libpq: both are found at run time when first needed (storage/VoikkoLibrary.h, storage/ServerCancel.h), since
# loading them and theirs (HFST, libarchive, TLS, Kerberos, LDAP) at every start cost 4 ms before main.
execute_process(COMMAND ldd ${SALKKU} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "ldd ${SALKKU}: exit ${status}\n${err}")
endif()
foreach(library libvoikko libpq libhfstospell libgnutls libldap)
    if(out MATCHES "${library}\\.so")
        message(FATAL_ERROR "${SALKKU} loads ${library} at every start:\n${out}")
    endif()
endforeach()
# The check itself reads ldd rightly: Qt Widgets is there.
if(NOT out MATCHES "libQt6Widgets\\.so")
    message(FATAL_ERROR "ldd's list lacks Qt Widgets, so it says nothing:\n${out}")
endif()
