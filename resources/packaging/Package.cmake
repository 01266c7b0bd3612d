# The Debian package: `cmake --workflow --preset package` (or `cpack -G DEB` in a Release build folder) writes
# build/package/salkku_<version>_<arch>.deb. dpkg-shlibdeps finds the libraries the program links; what it
# loads without linking is named here.
set(SALKKU_PACKAGE_MAINTAINER "Salkku maintainers <salkku@example.invalid>"
    CACHE STRING "The Maintainer of the Debian package")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "salkku")
set(CPACK_PACKAGE_VENDOR "Salkku maintainers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${SALKKU_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "portfolio browser for Finnish sote development projects")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
# Only what `cmake --install` puts in the prefix; the package is the only thing CPack makes.
set(CPACK_SOURCE_GENERATOR "")

set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT") # salkku_0.2.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_NAME "salkku")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SALKKU_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Salkku reads the pages of Finnish social- and health-care (sote) development\n"
    "projects published on Innokylä, saved as text, and turns each into a record:\n"
    "region, years, people and organisations, funder, and every sub-area with its\n"
    "goal, outputs, benefits and impacts. Its window shows the portfolio as a tree\n"
    "by region with Finnish full-text search, compares projects and sub-areas side\n"
    "by side, draws a timeline, and exports PDF reports and CSV. A command line\n"
    "(salkku parse, import, list, show, search, export-pdf, export-csv) does the\n"
    "same without a display. The interface is in Finnish and English.")
# Linked libraries (Qt, ICU, SQLite, the C++ runtime) with their versions: from dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: Voikko and its Finnish dictionary (search; the
# library is found when first needed, storage/VoikkoLibrary.h), the font every PDF embeds, Qt's SQLite driver
# (the portfolio) and Qt's SVG plugins (the desktop theme's SVG icons in the file dialogs; the window's own
# icons are PNGs rendered at build time).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libvoikko1, voikko-fi, fonts-dejavu-core, libqt6sql6-sqlite, libqt6svg6")
# Recommended: the other Qt platform plugins (the X11 one, xcb, is in libqt6gui6), Qt's own Finnish words
# (dialog buttons), which LanguageController loads when the system has them, and Qt's PostgreSQL driver (a
# team's shared portfolio; it brings libpq, whose cancel request Salkku finds at run time,
# storage/ServerCancel.h).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, qt6-wayland, qt6-translations-l10n, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# No maintainer scripts: dpkg's triggers refresh the icon cache, the desktop database and the manual index.

include(CPack)
