<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Salkku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Salkku</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::DetailView</name>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>co-implementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-area %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last modified on Innokylä</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phenomena</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::FilterBar</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maakunta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::ImportController</name>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::ImportReportDialog</name>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 skipped, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the files after these were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::MainWindow</name>
    <message>
        <source>Open a portfolio, or import Innokylä pages saved as text (File → Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the sample portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salkku – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 projects shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Innokylä pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of Innokylä pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portfolio.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salkku portfolios (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salkku portfolios (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Salkku</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salkku %1

A portfolio browser for Finnish social- and health-care development projects: imports Innokylä pages saved as text, and lets you browse, search and compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F): words, &quot;a phrase&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds inflected forms and compounds; ä and ö may be typed as a and o</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::models::ProjectTreeModel</name>
    <message>
        <source>No region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-area %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-area(s)</source>
        <translation>
            <numerusform>%n sub-area</numerusform>
            <numerusform>%n sub-areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n output</numerusform>
            <numerusform>%n outputs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salkku::storage</name>
    <message>
        <source>cannot create the portfolio&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back the portfolio up before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no portfolio at this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the portfolio does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver gave no connection handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up Finnish search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 skipped, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was stored, but tidying the portfolio failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a Salkku portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this portfolio was written by a newer Salkku (schema version %1; this Salkku knows up to %2): update Salkku to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this portfolio is from an older Salkku and must be upgraded, which cannot be done read-only: open it once with write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portfolio is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than the stored page (modified %1, the stored page %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portfolio is busy: another program is writing to it; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full (or the portfolio reached its size limit); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portfolio file is damaged or is not a Salkku portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the portfolio file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
