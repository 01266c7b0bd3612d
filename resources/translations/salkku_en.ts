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
    <message>
        <source>T&amp;ag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
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
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;SV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortfolio report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected projects or sub-areas side by side (2–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this sub-area &amp;number across the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-areas &amp;like this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to co&amp;llection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove tags of the selected projects or sub-areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set follow-up &amp;date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &amp;sample portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport my annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import my a&amp;nnotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your notes are signed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my &amp;notes (tags, follow-up, notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project and portfolio reports end each project with your tags, follow-up and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open s&amp;hared portfolio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a team&apos;s shared portfolio on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::core</name>
    <message>
        <source>%1 (contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key results</source>
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
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::core::UserLayerJson</name>
    <message>
        <source>not a JSON file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Salkku user layer file (&quot;format&quot;: &quot;%1&quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is of version %1 of the format; this Salkku reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::core::UserLayerJson::Reader</name>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a page (kind, part, name, region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown part &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date and time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a sub-area number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a follow-up (status, due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a collection (name, entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a collection needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an entry (page, subArea)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::export</name>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ an output that appears in more than one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start painting the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no projects to report (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
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
        <source>Key results</source>
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
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n region</numerusform>
            <numerusform>%n regions</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development path (Kehittämisen polku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::AuthorDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes are signed by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::CollectionsPane</name>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the collection… (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection (its projects stay in the portfolio)… (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::CompareController</name>
    <message>
        <source>No portfolio is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sub-area %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the first %1 of %2 chosen; a comparison holds at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one more project or sub-area to compare (Ctrl+Shift+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n item(s).</source>
        <translation>
            <numerusform>Comparing %n item.</numerusform>
            <numerusform>Comparing %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison is full (at most %1); remove a column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project under the current search and filters has a sub-area %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 projects have a sub-area %2; comparing the first %3. Narrow the search or the filters to choose others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sub-area first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other sub-area shares words with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing the sub-area with the %n most like it.</source>
        <translation>
            <numerusform>Comparing the sub-area with the one most like it.</numerusform>
            <numerusform>Comparing the sub-area with the %n most like it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salkku::gui::CompareView</name>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n item(s); add at least one more.</source>
        <translation>
            <numerusform>Comparing %n item; add at least one more.</numerusform>
            <numerusform>Comparing %n items; add at least one more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n item(s) (at most 6).</source>
        <translation>
            <numerusform>Comparing %n item (at most 6).</numerusform>
            <numerusform>Comparing %n items (at most 6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to compare yet.

Select 2–6 projects or sub-areas in the tree (Ctrl+click or Shift+click) and choose Compare → Compare selected (Ctrl+D). Or choose a sub-area and use Compare → &quot;Compare this sub-area number across the portfolio&quot; or &quot;Sub-areas like this one&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current column left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the current column right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current column (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
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
    <message>
        <source>Project (kokonaisuus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice (toimintamalli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its development path only (Kehittämisen polku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its list of practices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development path (Kehittämisen polku)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved page seems to be cut off after line %1; what was there up to it is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sub-area %1 has a new title since you annotated it; it was: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of sub-area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::ExportController</name>
    <message>
        <source>Reading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the portfolio report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the portfolio report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the project list as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projects.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the project list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview – %1</source>
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
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date today or earlier, and not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::FollowUpDateDialog</name>
    <message>
        <source>&amp;No follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to follow up %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::GroupOverview</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · the first %2 are listed</source>
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
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
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
        <source>The sample portfolio is not installed: import your own pages from the File menu.</source>
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
    <message>
        <source>The project is hidden by the search or the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare sub-area %1 across the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this sub-area number across the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select 2–6 projects or sub-areas to compare (Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All projects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current search and filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects in the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sub-area %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this note? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the collection “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection “%1”? Its projects stay in the portfolio, with their tags and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its practice “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its part “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the trash:
%1

They leave every list, search and report, and can be restored from File → Trash with your tags and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n page(s) to the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n page(s) from the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the pages in the trash for good, with your tags, notes and follow-up on them? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n page(s) for good.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the sample portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample portfolio is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portfolio has no sample pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move the %n page(s) of the sample portfolio to the trash? Your own pages stay; the samples can be restored from the trash.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot replace the portfolio itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the portfolio to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-annotations.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote your annotations on %n item(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import my annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged %1: %2 item(s) in the file; added %3 tag(s), %4 note(s), %5 follow-up(s), %6 collection(s) and %7 collection entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection “%1” under the current search and filters (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another team member changed the portfolio: the list is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may browse, search and export this portfolio, but not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open shared portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server and database:
postgresql://user@host:port/database or service=name.
The password comes from ~/.pgpass, PGPASSWORD or the service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PostgreSQL address: write postgresql://user@host/database or service=name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this note while you were editing it. Their text was kept, and yours was saved as a new note beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost and made again: the list is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the project in the tree…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::NoteDialog</name>
    <message>
        <source>Note on %1 (plain text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags of %1 (uncheck a tag to remove it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::gui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects as bars over the years, grouped by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no years given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salkku::gui::TrashDialog</name>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages removed to the trash leave every list, search and report. Restored, they come back with everything you had added to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::models::CollectionListModel</name>
    <message>
        <source>Whole portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every project of the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salkku::models::GroupOverviewModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
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
    <message>
        <source>Practice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice of this project (Toimintamallin kokonaisuus)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::models::TimelineModel</name>
    <message>
        <source>The portfolio is too large for the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No years given</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>no years given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practice</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>not tried: the portfolio is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is another program&apos;s SQLite database, not a Salkku portfolio; it was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sub-area %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL address must not hold a password: put it in ~/.pgpass, PGPASSWORD or the service file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a setting=value pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database holds no Salkku portfolio: its administrator creates one with “salkku server-init ADDRESS”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a shared portfolio is backed up on its server (pg_dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-init needs a PostgreSQL address (postgresql://user@host/database or service=name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another user changed the same data at the same time; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may read this shared portfolio but not change it (ask its administrator to make you an editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the PostgreSQL server was lost; nothing of the last change was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the password of user “%1” (Salkku gives libpq&apos;s password from ~/.pgpass, PGPASSWORD or the service file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asks for a password: put it in ~/.pgpass, PGPASSWORD or the service file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database “%1” on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server (is it running, and is the address right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PostgreSQL address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was stopped after %1 of %2 pages; run it again to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy differs from the original (it held other pages or annotations before): checksum %1, original %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page %1 in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make “%1” a member of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server was lost and made again; the import went on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried: the connection to the server was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shared portfolio is from an older Salkku and could not be upgraded (%1): its administrator upgrades it with “salkku server-init ADDRESS”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import&apos;s transaction was rolled back after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::storage::CoordinatorStore</name>
    <message>
        <source>the portfolio is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no page %1 in the portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 has no sub-area %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a collection needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is a collection named “%1” already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no collection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 is not in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>salkku::storage::OnlineBackup</name>
    <message>
        <source>cannot write the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back the portfolio up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup cannot replace the portfolio it is made of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder: name a file for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
