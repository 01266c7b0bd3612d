<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>FilterBar</name>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Ryhmittely:</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Ryhmittely</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Alue:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Vuodet:</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Vuodesta</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Vuoteen</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>Ra&amp;hoittaja:</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>A&amp;ihealue:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihealue</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>T&amp;unniste:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>F&amp;ollow-up:</source>
        <translation>S&amp;euranta:</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Salkku</source>
        <translation>Salkku</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Viimeaikaiset</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Työkalurivi</translation>
    </message>
    <message>
        <source>&amp;New portfolio…</source>
        <translation>&amp;Uusi salkku…</translation>
    </message>
    <message>
        <source>&amp;Open portfolio…</source>
        <translation>&amp;Avaa salkku…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Tuo &amp;tiedostoja…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Tuo &amp;kansio…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Haku</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Tyhjennä haku ja suodattimet</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;About Salkku</source>
        <translation>&amp;Tietoja Salkusta</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vertailu</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>Vie &amp;PDF</translation>
    </message>
    <message>
        <source>Export C&amp;SV</source>
        <translation>Vie C&amp;SV</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vertailu</translation>
    </message>
    <message>
        <source>&amp;Project summary…</source>
        <translation>&amp;Hankkeen yhteenveto…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Comparison…</source>
        <translation>&amp;Vertailu…</translation>
    </message>
    <message>
        <source>P&amp;ortfolio report…</source>
        <translation>&amp;Salkun raportti…</translation>
    </message>
    <message>
        <source>Project &amp;list…</source>
        <translation>Hanke&amp;luettelo…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Tulostuksen &amp;esikatselu…</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>T&amp;iedot</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>V&amp;ertailu</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Aikajana</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Compare selected</source>
        <translation>&amp;Vertaa valittuja</translation>
    </message>
    <message>
        <source>Compare the selected projects or sub-areas side by side (2–6)</source>
        <translation>Vertaa valittuja hankkeita tai osa-alueita rinnakkain (2–6)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation>&amp;Lisää vertailuun</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Compare this sub-area &amp;number across the portfolio</source>
        <translation>Vertaa &amp;samannumeroisia osa-alueita koko salkussa</translation>
    </message>
    <message>
        <source>Sub-areas &amp;like this one</source>
        <translation>&amp;Tämänkaltaiset osa-alueet</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Merkinnät</translation>
    </message>
    <message>
        <source>&amp;Follow-up status</source>
        <translation>&amp;Seurannan tila</translation>
    </message>
    <message>
        <source>Add to co&amp;llection</source>
        <translation>Lisää &amp;kokoelmaan</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Tunnisteet…</translation>
    </message>
    <message>
        <source>Add or remove tags of the selected projects or sub-areas</source>
        <translation>Lisää tai poista valittujen hankkeiden tai osa-alueiden tunnisteita</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Lisää &amp;muistiinpano…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Set follow-up &amp;date…</source>
        <translation>Aseta seuranta&amp;päivä…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>&amp;Remove from collection</source>
        <translation>&amp;Poista kokoelmasta</translation>
    </message>
    <message>
        <source>New &amp;collection…</source>
        <translation>Uusi &amp;kokoelma…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Move to trash…</source>
        <translation>Siirrä &amp;roskakoriin…</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>&amp;Roskakori…</translation>
    </message>
    <message>
        <source>Remove the &amp;sample portfolio…</source>
        <translation>Poista &amp;esimerkkisalkku…</translation>
    </message>
    <message>
        <source>&amp;Back up portfolio…</source>
        <translation>&amp;Varmuuskopioi salkku…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>E&amp;xport my annotations…</source>
        <translation>&amp;Vie omat merkinnät…</translation>
    </message>
    <message>
        <source>Import my a&amp;nnotations…</source>
        <translation>&amp;Tuo omat merkinnät…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>The name your notes are signed with</source>
        <translation>Nimi, jolla muistiinpanosi allekirjoitetaan</translation>
    </message>
    <message>
        <source>With my &amp;notes (tags, follow-up, notes)</source>
        <translation>Omien &amp;merkintöjen kanssa (tunnisteet, seuranta, muistiinpanot)</translation>
    </message>
    <message>
        <source>Project and portfolio reports end each project with your tags, follow-up and notes</source>
        <translation>Hanke- ja salkkuraporteissa jokaisen hankkeen lopussa ovat omat tunnisteesi, seurantasi ja muistiinpanosi</translation>
    </message>
    <message>
        <source>Open s&amp;hared portfolio…</source>
        <translation>Avaa &amp;yhteinen salkku…</translation>
    </message>
    <message>
        <source>Open a team&apos;s shared portfolio on a PostgreSQL server</source>
        <translation>Avaa tiimin yhteinen salkku PostgreSQL-palvelimelta</translation>
    </message>
</context>
<context>
    <name>salkku::core</name>
    <message>
        <source>%1 (contact)</source>
        <translation>%1 (yhteyshenkilö)</translation>
    </message>
    <message>
        <source>Sub-area %1</source>
        <translation>Osa-alue %1</translation>
    </message>
    <message>
        <source>Project and region</source>
        <translation>Hanke ja alue</translation>
    </message>
    <message>
        <source>Sub-area</source>
        <translation>Osa-alue</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Tuotokset</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Keskeiset tulokset</translation>
    </message>
    <message>
        <source>Achieved benefits</source>
        <translation>Saavutetut hyödyt</translation>
    </message>
    <message>
        <source>Impacts</source>
        <translation>Vaikutukset</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Toteutusaika</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Common outputs</source>
        <translation>Yhteiset tuotokset</translation>
    </message>
    <message>
        <source>Not followed</source>
        <translation>Ei seurannassa</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Seurannassa</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Tarkistettava</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
</context>
<context>
    <name>salkku::core::UserLayerJson</name>
    <message>
        <source>not a JSON file: %1</source>
        <translation>ei JSON-tiedosto: %1</translation>
    </message>
    <message>
        <source>not a Salkku user layer file (&quot;format&quot;: &quot;%1&quot; is missing)</source>
        <translation>ei Salkun omien merkintöjen tiedosto (&quot;format&quot;: &quot;%1&quot; puuttuu)</translation>
    </message>
    <message>
        <source>this file is of version %1 of the format; this Salkku reads version %2</source>
        <translation>tiedosto on muodon versiota %1; tämä Salkku lukee versiota %2</translation>
    </message>
</context>
<context>
    <name>salkku::core::UserLayerJson::Reader</name>
    <message>
        <source>expected a string</source>
        <translation>odotettiin merkkijonoa</translation>
    </message>
    <message>
        <source>expected a page (kind, part, name, region)</source>
        <translation>odotettiin sivua (kind, part, name, region)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>tuntematon laji &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown part &quot;%1&quot;</source>
        <translation>tuntematon osa &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a page needs a name</source>
        <translation>sivulla täytyy olla nimi</translation>
    </message>
    <message>
        <source>not a date and time: %1</source>
        <translation>ei päivämäärä ja kellonaika: %1</translation>
    </message>
    <message>
        <source>expected a note</source>
        <translation>odotettiin muistiinpanoa</translation>
    </message>
    <message>
        <source>expected a sub-area number</source>
        <translation>odotettiin osa-alueen numeroa</translation>
    </message>
    <message>
        <source>expected a follow-up (status, due)</source>
        <translation>odotettiin seurantaa (status, due)</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>tuntematon tila &quot;%1&quot;</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>ei päivämäärä (VVVV-KK-PP): %1</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>odotettiin merkkijonojen luetteloa</translation>
    </message>
    <message>
        <source>expected an item</source>
        <translation>odotettiin kohdetta</translation>
    </message>
    <message>
        <source>expected a list of notes</source>
        <translation>odotettiin muistiinpanojen luetteloa</translation>
    </message>
    <message>
        <source>expected a collection (name, entries)</source>
        <translation>odotettiin kokoelmaa (name, entries)</translation>
    </message>
    <message>
        <source>a collection needs a name</source>
        <translation>kokoelmalla täytyy olla nimi</translation>
    </message>
    <message>
        <source>expected a list of entries</source>
        <translation>odotettiin kohteiden luetteloa</translation>
    </message>
    <message>
        <source>expected an entry (page, subArea)</source>
        <translation>odotettiin kohdetta (page, subArea)</translation>
    </message>
</context>
<context>
    <name>salkku::export</name>
    <message>
        <source>the export was cancelled</source>
        <translation>vienti keskeytettiin</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vertailu</translation>
    </message>
    <message>
        <source>★ an output that appears in more than one column</source>
        <translation>★ tuotos, joka on useammassa kuin yhdessä sarakkeessa</translation>
    </message>
    <message>
        <source>project</source>
        <translation>hanke</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>toimintamalli</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikkeli</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Aloitusvuosi</translation>
    </message>
    <message>
        <source>End year</source>
        <translation>Päättymisvuosi</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation>Osa-alueet</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Tuotokset</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aihealueet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>Contact&apos;s organisation</source>
        <translation>Yhteyshenkilön organisaatio</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Aspect</source>
        <translation>Näkökulma</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>Sivu %1 / %2</translation>
    </message>
    <message>
        <source>cannot start painting the pages</source>
        <translation>sivujen piirtämistä ei voitu aloittaa</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>sivua %1 ei voitu aloittaa</translation>
    </message>
    <message>
        <source>cannot finish the pages</source>
        <translation>sivuja ei voitu viimeistellä</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Ei aluetta</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Salkkuraportti</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n hanke</numerusform>
            <numerusform>%n hanketta</numerusform>
        </translation>
    </message>
    <message>
        <source>Table of contents</source>
        <translation>Sisällys</translation>
    </message>
    <message>
        <source>Summary by region</source>
        <translation>Yhteenveto alueittain</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Vuodet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>no projects to report (%1)</source>
        <translation>raportoitavia hankkeita ei ole (%1)</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Alue: %1</translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation>Vuodet: %1</translation>
    </message>
    <message>
        <source>Funder: %1</source>
        <translation>Rahoittaja: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Aihealue: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Haku: %1</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Kaikki hankkeet</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Hallinnoija</translation>
    </message>
    <message>
        <source>Co-implementers</source>
        <translation>Osatoteuttajat</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Kumppanit</translation>
    </message>
    <message>
        <source>Sub-area %1</source>
        <translation>Osa-alue %1</translation>
    </message>
    <message>
        <source>Sub-area %1: %2</source>
        <translation>Osa-alue %1: %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Key results</source>
        <translation>Keskeiset tulokset</translation>
    </message>
    <message>
        <source>Achieved benefits</source>
        <translation>Saavutetut hyödyt</translation>
    </message>
    <message>
        <source>Impacts</source>
        <translation>Vaikutukset</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaatiot</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tiivistelmä</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus ja tavoitteet</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n alue</numerusform>
            <numerusform>%n aluetta</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Development path (Kehittämisen polku)</source>
        <translation>Kehittämisen polku</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Toimintamallit</translation>
    </message>
    <message>
        <source>%1 (not imported)</source>
        <translation>%1 (ei tuotu)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Seurantapäivä</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Kokoelma: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Tunniste: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seuranta: %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Seurantapäivä viimeistään %1</translation>
    </message>
    <message>
        <source>Own notes</source>
        <translation>Omat muistiinpanot</translation>
    </message>
</context>
<context>
    <name>salkku::gui::AuthorDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>&amp;Notes are signed by:</source>
        <translation>&amp;Muistiinpanojen allekirjoittaja:</translation>
    </message>
</context>
<context>
    <name>salkku::gui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>salkku::gui::CollectionsPane</name>
    <message>
        <source>Collections</source>
        <translation>Kokoelmat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Uusi kokoelma…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Rename the collection… (F2)</source>
        <translation>Nimeä kokoelma uudelleen… (F2)</translation>
    </message>
    <message>
        <source>Delete the collection (its projects stay in the portfolio)… (Delete)</source>
        <translation>Poista kokoelma (sen hankkeet jäävät salkkuun)… (Delete)</translation>
    </message>
</context>
<context>
    <name>salkku::gui::CompareController</name>
    <message>
        <source>No portfolio is open.</source>
        <translation>Salkkua ei ole avattu.</translation>
    </message>
    <message>
        <source>%1 has no sub-area %2.</source>
        <translation>Hankkeella %1 ei ole osa-aluetta %2.</translation>
    </message>
    <message>
        <source>Comparing the first %1 of %2 chosen; a comparison holds at most %1.</source>
        <translation>Vertailuun otettiin %2 valitusta ensimmäiset %1; vertailuun mahtuu enintään %1.</translation>
    </message>
    <message>
        <source>Add one more project or sub-area to compare (Ctrl+Shift+D).</source>
        <translation>Lisää vielä yksi hanke tai osa-alue vertailuun (Ctrl+Shift+D).</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n item(s).</source>
        <translation>
            <numerusform>Vertaillaan %n kohdetta.</numerusform>
            <numerusform>Vertaillaan %n kohdetta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison is full (at most %1); remove a column first.</source>
        <translation>Vertailu on täynnä (enintään %1); poista ensin jokin sarake.</translation>
    </message>
    <message>
        <source>%1 is already in the comparison.</source>
        <translation>%1 on jo vertailussa.</translation>
    </message>
    <message>
        <source>Added %1 to the comparison.</source>
        <translation>%1 lisättiin vertailuun.</translation>
    </message>
    <message>
        <source>No project under the current search and filters has a sub-area %1.</source>
        <translation>Millään haun ja suodattimien mukaisella hankkeella ei ole osa-aluetta %1.</translation>
    </message>
    <message>
        <source>%1 projects have a sub-area %2; comparing the first %3. Narrow the search or the filters to choose others.</source>
        <translation>Osa-alue %2 on %1 hankkeella; vertailuun otettiin ensimmäiset %3. Rajaa hakua tai suodattimia valitaksesi muita.</translation>
    </message>
    <message>
        <source>Choose a sub-area first.</source>
        <translation>Valitse ensin osa-alue.</translation>
    </message>
    <message>
        <source>No other sub-area shares words with this one.</source>
        <translation>Millään muulla osa-alueella ei ole yhteisiä sanoja tämän kanssa.</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the sub-area with the %n most like it.</source>
        <translation>
            <numerusform>Osa-aluetta verrataan %n sitä eniten muistuttavaan osa-alueeseen.</numerusform>
            <numerusform>Osa-aluetta verrataan %n sitä eniten muistuttavaan osa-alueeseen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salkku::gui::CompareView</name>
    <message>
        <source>Move left</source>
        <translation>Siirrä vasemmalle</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Siirrä oikealle</translation>
    </message>
    <message>
        <source>Remove from comparison</source>
        <translation>Poista vertailusta</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n item(s); add at least one more.</source>
        <translation>
            <numerusform>Vertailussa %n kohde; lisää vielä vähintään yksi.</numerusform>
            <numerusform>Vertailussa %n kohdetta; lisää vielä vähintään yksi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n item(s) (at most 6).</source>
        <translation>
            <numerusform>Vertailussa %n kohde (enintään 6).</numerusform>
            <numerusform>Vertailussa %n kohdetta (enintään 6).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to compare yet.

Select 2–6 projects or sub-areas in the tree (Ctrl+click or Shift+click) and choose Compare → Compare selected (Ctrl+D). Or choose a sub-area and use Compare → &quot;Compare this sub-area number across the portfolio&quot; or &quot;Sub-areas like this one&quot;.</source>
        <translation>Ei vielä vertailtavaa.

Valitse puusta 2–6 hanketta tai osa-aluetta (Ctrl+napsautus tai Vaihto+napsautus) ja valitse Vertailu → Vertaa valittuja (Ctrl+D). Tai valitse osa-alue ja käytä komentoa Vertailu → &quot;Vertaa samannumeroisia osa-alueita koko salkussa&quot; tai &quot;Tämänkaltaiset osa-alueet&quot;.</translation>
    </message>
    <message>
        <source>Move the current column left</source>
        <translation>Siirrä nykyinen sarake vasemmalle</translation>
    </message>
    <message>
        <source>Move the current column right</source>
        <translation>Siirrä nykyinen sarake oikealle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Remove the current column (Delete)</source>
        <translation>Poista nykyinen sarake (Delete)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Vie CSV…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Vie PDF…</translation>
    </message>
</context>
<context>
    <name>salkku::gui::DetailView</name>
    <message>
        <source>administrator</source>
        <translation>hallinnoija</translation>
    </message>
    <message>
        <source>co-implementer</source>
        <translation>osatoteuttaja</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>kumppani</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Toteutusaika</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Sub-area %1</source>
        <translation>Osa-alue %1</translation>
    </message>
    <message>
        <source>Sub-area %1: %2</source>
        <translation>Osa-alue %1: %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Outputs (%1)</source>
        <translation>Tuotokset (%1)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Tulokset</translation>
    </message>
    <message>
        <source>Achieved benefits</source>
        <translation>Saavutetut hyödyt</translation>
    </message>
    <message>
        <source>Impacts</source>
        <translation>Vaikutukset</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Last modified on Innokylä</source>
        <translation>Muokattu viimeksi Innokylässä</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tiivistelmä</translation>
    </message>
    <message>
        <source>Purpose and goals</source>
        <translation>Tarkoitus ja tavoitteet</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaatiot</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linkit</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(ei osoitetta)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Aihealueet</translation>
    </message>
    <message>
        <source>Phenomena</source>
        <translation>Ilmiöt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Project (kokonaisuus)</source>
        <translation>Kokonaisuus (hanke)</translation>
    </message>
    <message>
        <source>Practice (toimintamalli)</source>
        <translation>Toimintamalli</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikkeli</translation>
    </message>
    <message>
        <source>its development path only (Kehittämisen polku)</source>
        <translation>vain sen kehittämisen polku</translation>
    </message>
    <message>
        <source>its list of practices only</source>
        <translation>vain sen toimintamallien luettelo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Paikkakunnat</translation>
    </message>
    <message>
        <source>Practices (%1)</source>
        <translation>Toimintamallit (%1)</translation>
    </message>
    <message>
        <source>%1 (not imported)</source>
        <translation>%1 (ei tuotu)</translation>
    </message>
    <message>
        <source>Development path (Kehittämisen polku)</source>
        <translation>Kehittämisen polku</translation>
    </message>
    <message>
        <source>List of practices</source>
        <translation>Toimintamallien luettelo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>the saved page seems to be cut off after line %1; what was there up to it is shown</source>
        <translation>tallennettu sivu näyttää katkeavan rivin %1 jälkeen; siihen asti oleva sisältö näytetään</translation>
    </message>
    <message>
        <source>follow-up date %1</source>
        <translation>seurantapäivä %1</translation>
    </message>
    <message>
        <source>⚠ Sub-area %1 has a new title since you annotated it; it was: “%2”</source>
        <translation>⚠ Osa-alueen %1 otsikko on muuttunut merkintäsi jälkeen; se oli: ”%2”</translation>
    </message>
    <message>
        <source>OK, seen</source>
        <translation>OK, nähty</translation>
    </message>
    <message>
        <source>(no author)</source>
        <translation>(ei kirjoittajaa)</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation>muokattu %1</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Tags of sub-area %1</source>
        <translation>Osa-alueen %1 tunnisteet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Kokoelmat</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Muistiinpanot (%1)</translation>
    </message>
</context>
<context>
    <name>salkku::gui::ExportController</name>
    <message>
        <source>Reading projects…</source>
        <translation>Luetaan hankkeita…</translation>
    </message>
    <message>
        <source>Laying out pages…</source>
        <translation>Taitetaan sivuja…</translation>
    </message>
    <message>
        <source>Writing pages…</source>
        <translation>Kirjoitetaan sivuja…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vienti</translation>
    </message>
    <message>
        <source>Export the project as PDF</source>
        <translation>Vie hanke PDF-tiedostoon</translation>
    </message>
    <message>
        <source>project.pdf</source>
        <translation>hanke.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting the project…</source>
        <translation>Viedään hanketta…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the comparison as CSV</source>
        <translation>Vie vertailu CSV-tiedostoon</translation>
    </message>
    <message>
        <source>comparison.csv</source>
        <translation>vertailu.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Export the comparison as PDF</source>
        <translation>Vie vertailu PDF-tiedostoon</translation>
    </message>
    <message>
        <source>comparison.pdf</source>
        <translation>vertailu.pdf</translation>
    </message>
    <message>
        <source>Exporting the comparison…</source>
        <translation>Viedään vertailua…</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n sarake</numerusform>
            <numerusform>%n saraketta</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the portfolio report as PDF</source>
        <translation>Vie salkun raportti PDF-tiedostoon</translation>
    </message>
    <message>
        <source>Exporting the portfolio report…</source>
        <translation>Viedään salkun raporttia…</translation>
    </message>
    <message>
        <source>Export the project list as CSV</source>
        <translation>Vie hankeluettelo CSV-tiedostoon</translation>
    </message>
    <message>
        <source>projects.csv</source>
        <translation>hankkeet.csv</translation>
    </message>
    <message>
        <source>Exporting the project list…</source>
        <translation>Viedään hankeluetteloa…</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n hanke</numerusform>
            <numerusform>%n hanketta</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Valmistellaan esikatselua…</translation>
    </message>
    <message>
        <source>Print preview – %1</source>
        <translation>Tulostuksen esikatselu – %1</translation>
    </message>
</context>
<context>
    <name>salkku::gui::FilterBar</name>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Maakunta</source>
        <translation>Maakunta</translation>
    </message>
    <message>
        <source>Start year</source>
        <translation>Aloitusvuosi</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Aihealue</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Mikä tahansa</translation>
    </message>
    <message>
        <source>Due by today</source>
        <translation>Erääntyneet</translation>
    </message>
    <message>
        <source>Follow-up date today or earlier, and not done</source>
        <translation>Seurantapäivä tänään tai aiemmin, eikä valmis</translation>
    </message>
</context>
<context>
    <name>salkku::gui::FollowUpDateDialog</name>
    <message>
        <source>&amp;No follow-up date</source>
        <translation>&amp;Ei seurantapäivää</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Seurantapäivä</translation>
    </message>
    <message>
        <source>When to follow up %1:</source>
        <translation>Milloin seurataan: %1</translation>
    </message>
</context>
<context>
    <name>salkku::gui::GroupOverview</name>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n hanke</numerusform>
            <numerusform>%n hanketta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · reading the list…</source>
        <translation>%1 · luetteloa luetaan…</translation>
    </message>
    <message>
        <source>%1 · the first %2 are listed</source>
        <translation>%1 · luettelossa ensimmäiset %2</translation>
    </message>
</context>
<context>
    <name>salkku::gui::ImportController</name>
    <message>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Viimeistellään…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Keskeytetään nykyisen tiedoston jälkeen…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
</context>
<context>
    <name>salkku::gui::ImportReportDialog</name>
    <message>
        <source>imported</source>
        <translation>tuotu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>päivitetty</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ennallaan</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ohitettu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>epäonnistui</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Tuontiraportti</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 skipped, %5 failed</source>
        <translation>%1 tuotu, %2 päivitetty, %3 ennallaan, %4 ohitettu, %5 epäonnistui</translation>
    </message>
    <message>
        <source>Cancelled: the files after these were not imported.</source>
        <translation>Keskeytetty: näiden jälkeisiä tiedostoja ei tuotu.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tiedostot</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>salkku::gui::MainWindow</name>
    <message>
        <source>Open a portfolio, or import Innokylä pages saved as text (File → Import).</source>
        <translation>Avaa salkku tai tuo tekstinä tallennettuja Innokylä-sivuja (Tiedosto → Tuo).</translation>
    </message>
    <message>
        <source>Importing the sample portfolio…</source>
        <translation>Tuodaan esimerkkisalkkua…</translation>
    </message>
    <message>
        <source>The sample portfolio is not installed: import your own pages from the File menu.</source>
        <translation>Esimerkkisalkkua ei ole asennettu: tuo omat sivusi Tiedosto-valikosta.</translation>
    </message>
    <message>
        <source>Cannot open the portfolio</source>
        <translation>Salkkua ei voi avata</translation>
    </message>
    <message>
        <source>Salkku – %1</source>
        <translation>Salkku – %1</translation>
    </message>
    <message>
        <source>%1 of %2 projects shown</source>
        <translation>%1/%2 hanketta näkyvissä</translation>
    </message>
    <message>
        <source>No projects match.</source>
        <translation>Yksikään hanke ei vastaa ehtoja.</translation>
    </message>
    <message>
        <source>Choose a project on the left.</source>
        <translation>Valitse hanke vasemmalta.</translation>
    </message>
    <message>
        <source>Import Innokylä pages</source>
        <translation>Tuo Innokylä-sivuja</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstitiedostot (*.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Import a folder of Innokylä pages</source>
        <translation>Tuo Innokylä-sivujen kansio</translation>
    </message>
    <message>
        <source>New portfolio</source>
        <translation>Uusi salkku</translation>
    </message>
    <message>
        <source>portfolio.sqlite</source>
        <translation>salkku.sqlite</translation>
    </message>
    <message>
        <source>Salkku portfolios (*.sqlite)</source>
        <translation>Salkku-tiedostot (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead.</source>
        <translation>%1 on jo olemassa; avaa se uuden luomisen sijaan.</translation>
    </message>
    <message>
        <source>Open portfolio</source>
        <translation>Avaa salkku</translation>
    </message>
    <message>
        <source>Salkku portfolios (*.sqlite);;All files (*)</source>
        <translation>Salkku-tiedostot (*.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>About Salkku</source>
        <translation>Tietoja Salkusta</translation>
    </message>
    <message>
        <source>Salkku %1

A portfolio browser for Finnish social- and health-care development projects: imports Innokylä pages saved as text, and lets you browse, search and compare them.</source>
        <translation>Salkku %1

Suomalaisten sosiaali- ja terveydenhuollon kehittämishankkeiden salkkuselain: tuo tekstinä tallennetut Innokylä-sivut ja auttaa selaamaan, hakemaan ja vertailemaan niitä.</translation>
    </message>
    <message>
        <source>Search (Ctrl+F): words, &quot;a phrase&quot;…</source>
        <translation>Hae (Ctrl+F): sanoja, &quot;tarkka ilmaus&quot;…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Finds inflected forms and compounds; ä and ö may be typed as a and o</source>
        <translation>Löytää myös taivutusmuodot ja yhdyssanat; ä:n ja ö:n voi kirjoittaa a:na ja o:na</translation>
    </message>
    <message>
        <source>The project is hidden by the search or the filters.</source>
        <translation>Haku tai suodattimet piilottavat hankkeen.</translation>
    </message>
    <message>
        <source>Compare sub-area %1 across the portfolio</source>
        <translation>Vertaa osa-alueita nro %1 koko salkussa</translation>
    </message>
    <message>
        <source>Compare this sub-area number across the portfolio</source>
        <translation>Vertaa samannumeroisia osa-alueita koko salkussa</translation>
    </message>
    <message>
        <source>Select 2–6 projects or sub-areas to compare (Ctrl+click).</source>
        <translation>Valitse vertailtavaksi 2–6 hanketta tai osa-aluetta (Ctrl+napsautus).</translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation>Kirjoitettiin %1 (%2).</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <source>All projects (%1)</source>
        <translation>Kaikki hankkeet (%1)</translation>
    </message>
    <message>
        <source>The current search and filters (%1)</source>
        <translation>Nykyinen haku ja suodattimet (%1)</translation>
    </message>
    <message>
        <source>Region: %1 (%2)</source>
        <translation>Alue: %1 (%2)</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>Salkun raportti</translation>
    </message>
    <message>
        <source>Projects in the report:</source>
        <translation>Raportin hankkeet:</translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s) to “%1”.</source>
        <translation>
            <numerusform>Lisättiin %n kohde kokoelmaan ”%1”.</numerusform>
            <numerusform>Lisättiin %n kohdetta kokoelmaan ”%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>%n valittu kohde</numerusform>
            <numerusform>%n valittua kohdetta</numerusform>
        </translation>
    </message>
    <message>
        <source>sub-area %1 of “%2”</source>
        <translation>osa-alue %1 – ”%2”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>”%1”</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Tallennus ei onnistu</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Muokkaa muistiinpanoa</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Poista muistiinpano</translation>
    </message>
    <message>
        <source>Delete this note? This cannot be undone.</source>
        <translation>Poistetaanko tämä muistiinpano? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Showing the collection “%1”.</source>
        <translation>Näytetään kokoelma ”%1”.</translation>
    </message>
    <message>
        <source>Cannot create the collection</source>
        <translation>Kokoelmaa ei voi luoda</translation>
    </message>
    <message>
        <source>New collection…</source>
        <translation>Uusi kokoelma…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Uusi kokoelma</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Kokoelman nimi:</translation>
    </message>
    <message>
        <source>Rename collection</source>
        <translation>Nimeä kokoelma uudelleen</translation>
    </message>
    <message>
        <source>New name of the collection:</source>
        <translation>Kokoelman uusi nimi:</translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Poista kokoelma</translation>
    </message>
    <message>
        <source>Delete the collection “%1”? Its projects stay in the portfolio, with their tags and notes.</source>
        <translation>Poistetaanko kokoelma ”%1”? Sen hankkeet jäävät salkkuun tunnisteineen ja muistiinpanoineen.</translation>
    </message>
    <message>
        <source>with its practice “%1”</source>
        <translation>mukana sen toimintamalli ”%1”</translation>
    </message>
    <message>
        <source>with its part “%1”</source>
        <translation>mukana sen osa ”%1”</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Siirrä roskakoriin</translation>
    </message>
    <message>
        <source>Move to the trash:
%1

They leave every list, search and report, and can be restored from File → Trash with your tags and notes.</source>
        <translation>Siirretään roskakoriin:
%1

Ne poistuvat kaikista luetteloista, hauista ja raporteista, ja ne voi palauttaa tunnisteineen ja muistiinpanoineen kohdasta Tiedosto → Roskakori.</translation>
    </message>
    <message>
        <source>Cannot move to the trash</source>
        <translation>Roskakoriin siirto ei onnistu</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n page(s) to the trash.</source>
        <translation>
            <numerusform>Siirrettiin %n sivu roskakoriin.</numerusform>
            <numerusform>Siirrettiin %n sivua roskakoriin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n page(s) from the trash.</source>
        <translation>
            <numerusform>Palautettiin %n sivu roskakorista.</numerusform>
            <numerusform>Palautettiin %n sivua roskakorista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Tyhjennä roskakori</translation>
    </message>
    <message>
        <source>Delete the pages in the trash for good, with your tags, notes and follow-up on them? This cannot be undone.</source>
        <translation>Poistetaanko roskakorin sivut lopullisesti tunnisteineen, muistiinpanoineen ja seurantoineen? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Cannot empty the trash</source>
        <translation>Roskakorin tyhjennys ei onnistu</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n page(s) for good.</source>
        <translation>
            <numerusform>Poistettiin %n sivu lopullisesti.</numerusform>
            <numerusform>Poistettiin %n sivua lopullisesti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the sample portfolio</source>
        <translation>Poista esimerkkisalkku</translation>
    </message>
    <message>
        <source>The sample portfolio is not installed.</source>
        <translation>Esimerkkisalkkua ei ole asennettu.</translation>
    </message>
    <message>
        <source>This portfolio has no sample pages.</source>
        <translation>Tässä salkussa ei ole esimerkkisivuja.</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n page(s) of the sample portfolio to the trash? Your own pages stay; the samples can be restored from the trash.</source>
        <translation>
            <numerusform>Siirretäänkö esimerkkisalkun %n sivu roskakoriin? Omat sivusi jäävät; esimerkit voi palauttaa roskakorista.</numerusform>
            <numerusform>Siirretäänkö esimerkkisalkun %n sivua roskakoriin? Omat sivusi jäävät; esimerkit voi palauttaa roskakorista.</numerusform>
        </translation>
    </message>
    <message>
        <source>-backup</source>
        <translation>-varmuuskopio</translation>
    </message>
    <message>
        <source>Back up portfolio</source>
        <translation>Varmuuskopioi salkku</translation>
    </message>
    <message>
        <source>A backup cannot replace the portfolio itself.</source>
        <translation>Varmuuskopio ei voi korvata itse salkkua.</translation>
    </message>
    <message>
        <source>Copying the portfolio to %1…</source>
        <translation>Kopioidaan salkkua tiedostoon %1…</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Varmuuskopioitu tiedostoon %1.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation>Varmuuskopiointi on jo käynnissä.</translation>
    </message>
    <message>
        <source>Export my annotations</source>
        <translation>Vie omat merkinnät</translation>
    </message>
    <message>
        <source>my-annotations.json</source>
        <translation>omat-merkinnat.json</translation>
    </message>
    <message>
        <source>Annotation files (*.json)</source>
        <translation>Merkintätiedostot (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote your annotations on %n item(s) to %1.</source>
        <translation>
            <numerusform>Merkintäsi %n kohteesta kirjoitettiin tiedostoon %1.</numerusform>
            <numerusform>Merkintäsi %n kohteesta kirjoitettiin tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import my annotations</source>
        <translation>Tuo omat merkinnät</translation>
    </message>
    <message>
        <source>Annotation files (*.json);;All files (*)</source>
        <translation>Merkintätiedostot (*.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Tuonti epäonnistui</translation>
    </message>
    <message>
        <source>Merged %1: %2 item(s) in the file; added %3 tag(s), %4 note(s), %5 follow-up(s), %6 collection(s) and %7 collection entries.</source>
        <translation>Yhdistettiin %1: tiedostossa %2 kohdetta; lisättiin tunnisteita %3, muistiinpanoja %4, seurantoja %5, kokoelmia %6 ja kokoelmien kohteita %7.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The collection “%1” under the current search and filters (%2)</source>
        <translation>Kokoelma ”%1” nykyisellä haulla ja suodattimilla (%2)</translation>
    </message>
    <message>
        <source>Another team member changed the portfolio: the list is up to date.</source>
        <translation>Toinen tiimin jäsen muutti salkkua: luettelo on ajan tasalla.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Vain luku</translation>
    </message>
    <message>
        <source>You may browse, search and export this portfolio, but not change it.</source>
        <translation>Voit selata, hakea ja viedä tätä salkkua, mutta et muuttaa sitä.</translation>
    </message>
    <message>
        <source>Open shared portfolio</source>
        <translation>Avaa yhteinen salkku</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server and database:
postgresql://user@host:port/database or service=name.
The password comes from ~/.pgpass, PGPASSWORD or the service file.</source>
        <translation>Tiimin PostgreSQL-palvelin ja tietokanta:
postgresql://käyttäjä@palvelin:portti/tietokanta tai service=nimi.
Salasana luetaan tiedostosta ~/.pgpass, muuttujasta PGPASSWORD tai palvelutiedostosta.</translation>
    </message>
    <message>
        <source>Not a PostgreSQL address: write postgresql://user@host/database or service=name.</source>
        <translation>Ei PostgreSQL-osoite: kirjoita postgresql://käyttäjä@palvelin/tietokanta tai service=nimi.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>tämä tietokone</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Someone else changed this note while you were editing it. Their text was kept, and yours was saved as a new note beside it.</source>
        <translation>Joku muu muutti tätä muistiinpanoa, kun muokkasit sitä. Hänen tekstinsä säilytettiin, ja sinun tekstisi tallennettiin uutena muistiinpanona sen viereen.</translation>
    </message>
    <message>
        <source>The server does not answer: %1</source>
        <translation>Palvelin ei vastaa: %1</translation>
    </message>
    <message>
        <source>The connection to the server was lost and made again: the list is up to date.</source>
        <translation>Yhteys palvelimeen katkesi ja muodostettiin uudelleen: luettelo on ajan tasalla.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>Finding the project in the tree…</source>
        <translation>Hanketta etsitään puusta…</translation>
    </message>
</context>
<context>
    <name>salkku::gui::NoteDialog</name>
    <message>
        <source>Note on %1 (plain text):</source>
        <translation>Muistiinpano: %1 (pelkkä teksti)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>salkku::gui::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Tags of %1 (uncheck a tag to remove it):</source>
        <translation>Tunnisteet: %1 (poista tunniste poistamalla rasti):</translation>
    </message>
    <message>
        <source>New tags</source>
        <translation>Uudet tunnisteet</translation>
    </message>
    <message>
        <source>New tags, separated by commas</source>
        <translation>Uudet tunnisteet pilkuin erotettuina</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>salkku::gui::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Projects as bars over the years, grouped by region</source>
        <translation>Hankkeet palkkeina vuosien mukaan alueittain</translation>
    </message>
    <message>
        <source>no years given</source>
        <translation>vuosia ei ilmoitettu</translation>
    </message>
    <message>
        <source>No projects to show.</source>
        <translation>Ei näytettäviä hankkeita.</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n hanke</numerusform>
            <numerusform>%n hanketta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salkku::gui::TrashDialog</name>
    <message>
        <source>project</source>
        <translation>hanke</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>toimintamalli</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artikkeli</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Tyhjennä roskakori…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Roskakori</translation>
    </message>
    <message>
        <source>Pages removed to the trash leave every list, search and report. Restored, they come back with everything you had added to them.</source>
        <translation>Roskakoriin siirretyt sivut poistuvat kaikista luetteloista, hauista ja raporteista. Palautettuina ne tulevat takaisin kaikkine merkintöineen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>Mukana</translation>
    </message>
    <message numerus="yes">
        <source>%n other page(s)</source>
        <translation>
            <numerusform>%n muu sivu</numerusform>
            <numerusform>%n muuta sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>salkku::models::CollectionListModel</name>
    <message>
        <source>Whole portfolio</source>
        <translation>Koko salkku</translation>
    </message>
    <message>
        <source>Every project of the portfolio</source>
        <translation>Salkun kaikki hankkeet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n kohde</numerusform>
            <numerusform>%1: %n kohdetta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salkku::models::GroupOverviewModel</name>
    <message>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Vuodet</translation>
    </message>
    <message>
        <source>Funders</source>
        <translation>Rahoittajat</translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation>Osa-alueet</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seuranta</translation>
    </message>
</context>
<context>
    <name>salkku::models::ProjectTreeModel</name>
    <message>
        <source>No region</source>
        <translation>Ei aluetta</translation>
    </message>
    <message>
        <source>No years</source>
        <translation>Ei vuositietoa</translation>
    </message>
    <message>
        <source>No funder</source>
        <translation>Ei rahoittajaa</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Ei aihealuetta</translation>
    </message>
    <message>
        <source>Sub-area %1</source>
        <translation>Osa-alue %1</translation>
    </message>
    <message>
        <source>Sub-area %1: %2</source>
        <translation>Osa-alue %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n hanke</numerusform>
            <numerusform>%n hanketta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sub-area(s)</source>
        <translation>
            <numerusform>%n osa-alue</numerusform>
            <numerusform>%n osa-aluetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n output(s)</source>
        <translation>
            <numerusform>%n tuotos</numerusform>
            <numerusform>%n tuotosta</numerusform>
        </translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Toimintamalli: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n toimintamalli</numerusform>
            <numerusform>%n toimintamallia</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tunnisteet: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seuranta: %1</translation>
    </message>
    <message>
        <source>A practice of this project (Toimintamallin kokonaisuus)</source>
        <translation>Tämän hankkeen toimintamalli (Toimintamallin kokonaisuus)</translation>
    </message>
</context>
<context>
    <name>salkku::models::TimelineModel</name>
    <message>
        <source>The portfolio is too large for the timeline.</source>
        <translation>Salkku on liian suuri aikajanalle.</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Ei aluetta</translation>
    </message>
    <message>
        <source>No years given</source>
        <translation>Vuosia ei ilmoitettu</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n hanke</numerusform>
            <numerusform>%n hanketta</numerusform>
        </translation>
    </message>
    <message>
        <source>no years given</source>
        <translation>vuosia ei ilmoitettu</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>toimintamalli</translation>
    </message>
</context>
<context>
    <name>salkku::storage</name>
    <message>
        <source>cannot create the portfolio&apos;s tables</source>
        <translation>salkun tauluja ei voi luoda</translation>
    </message>
    <message>
        <source>cannot back the portfolio up before upgrading it: %1</source>
        <translation>salkusta ei voi ottaa varmuuskopiota ennen sen päivittämistä: %1</translation>
    </message>
    <message>
        <source>no page with id %1</source>
        <translation>sivua tunnisteella %1 ei ole</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (install libqt6sql6-sqlite)</source>
        <translation>Qt:n SQLite-ajuri puuttuu (asenna libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>no portfolio at this path</source>
        <translation>tässä sijainnissa ei ole salkkua</translation>
    </message>
    <message>
        <source>the folder of the portfolio does not exist</source>
        <translation>salkun kansiota ei ole olemassa</translation>
    </message>
    <message>
        <source>cannot open the portfolio</source>
        <translation>salkkua ei voi avata</translation>
    </message>
    <message>
        <source>the SQLite driver gave no connection handle</source>
        <translation>SQLite-ajuri ei antanut yhteyskahvaa</translation>
    </message>
    <message>
        <source>cannot set up Finnish search: %1</source>
        <translation>suomenkielistä hakua ei voi ottaa käyttöön: %1</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 skipped, %5 failed</source>
        <translation>%1 tuotu, %2 päivitetty, %3 ennallaan, %4 ohitettu, %5 epäonnistui</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>tiedostoa tai kansiota ei ole olemassa</translation>
    </message>
    <message>
        <source>the import was stored, but tidying the portfolio failed: %1</source>
        <translation>tuonti tallennettiin, mutta salkun siistiminen epäonnistui: %1</translation>
    </message>
    <message>
        <source>the file is not a Salkku portfolio</source>
        <translation>tiedosto ei ole Salkku-ohjelman salkku</translation>
    </message>
    <message>
        <source>this portfolio was written by a newer Salkku (schema version %1; this Salkku knows up to %2): update Salkku to open it</source>
        <translation>tämä salkku on tallennettu Salkun uudemmalla versiolla (skeemaversio %1; tämä Salkku tuntee versiot %2 asti): päivitä Salkku, jotta voit avata sen</translation>
    </message>
    <message>
        <source>this portfolio is from an older Salkku and must be upgraded, which cannot be done read-only: open it once with write access</source>
        <translation>tämä salkku on tehty Salkun vanhemmalla versiolla ja se on päivitettävä, mikä ei onnistu vain luku -tilassa: avaa se kerran kirjoitusoikeuksin</translation>
    </message>
    <message>
        <source>the portfolio is open read-only</source>
        <translation>salkku on avattu vain luku -tilassa</translation>
    </message>
    <message>
        <source>older than the stored page (modified %1, the stored page %2)</source>
        <translation>vanhempi kuin tallennettu sivu (muokattu %1, tallennettu sivu %2)</translation>
    </message>
    <message>
        <source>no such region: %1</source>
        <translation>tuntematon alue: %1</translation>
    </message>
    <message>
        <source>the portfolio is busy: another program is writing to it; try again when it has finished</source>
        <translation>salkku on varattu: toinen ohjelma kirjoittaa siihen; yritä uudelleen, kun se on valmis</translation>
    </message>
    <message>
        <source>the disk is full (or the portfolio reached its size limit); nothing was changed</source>
        <translation>levy on täynnä (tai salkku on saavuttanut kokorajansa); mitään ei muutettu</translation>
    </message>
    <message>
        <source>the portfolio file is damaged or is not a Salkku portfolio</source>
        <translation>salkkutiedosto on vioittunut tai se ei ole Salkku-ohjelman salkku</translation>
    </message>
    <message>
        <source>cannot open the portfolio file</source>
        <translation>salkkutiedostoa ei voi avata</translation>
    </message>
    <message>
        <source>not tried: the portfolio is busy</source>
        <translation>ei yritetty: salkku on varattu</translation>
    </message>
    <message>
        <source>this is another program&apos;s SQLite database, not a Salkku portfolio; it was left as it was</source>
        <translation>tämä on toisen ohjelman SQLite-tietokanta eikä Salkun salkku; sitä ei muutettu</translation>
    </message>
    <message>
        <source>%1 has no sub-area %2</source>
        <translation>hankkeella %1 ei ole osa-aluetta %2</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>roskakorissa</translation>
    </message>
    <message>
        <source>a PostgreSQL address must not hold a password: put it in ~/.pgpass, PGPASSWORD or the service file</source>
        <translation>PostgreSQL-osoitteessa ei saa olla salasanaa: kirjoita se tiedostoon ~/.pgpass, muuttujaan PGPASSWORD tai palvelutiedostoon</translation>
    </message>
    <message>
        <source>unknown setting “%1”</source>
        <translation>tuntematon asetus ”%1”</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535</source>
        <translation>portin on oltava luku 1–65535</translation>
    </message>
    <message>
        <source>“%1” is not a setting=value pair</source>
        <translation>”%1” ei ole muotoa asetus=arvo</translation>
    </message>
    <message>
        <source>this database holds no Salkku portfolio: its administrator creates one with “salkku server-init ADDRESS”</source>
        <translation>tässä tietokannassa ei ole Salkun salkkua: sen ylläpitäjä luo salkun komennolla ”salkku server-init OSOITE”</translation>
    </message>
    <message>
        <source>a shared portfolio is backed up on its server (pg_dump)</source>
        <translation>yhteinen salkku varmuuskopioidaan palvelimella (pg_dump)</translation>
    </message>
    <message>
        <source>server-init needs a PostgreSQL address (postgresql://user@host/database or service=name)</source>
        <translation>server-init tarvitsee PostgreSQL-osoitteen (postgresql://käyttäjä@palvelin/tietokanta tai service=nimi)</translation>
    </message>
    <message>
        <source>another user changed the same data at the same time; try again</source>
        <translation>toinen käyttäjä muutti samoja tietoja samaan aikaan; yritä uudelleen</translation>
    </message>
    <message>
        <source>you may read this shared portfolio but not change it (ask its administrator to make you an editor)</source>
        <translation>voit lukea tätä yhteistä salkkua mutta et muuttaa sitä (pyydä ylläpitäjää antamaan sinulle muokkausoikeus)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; nothing was changed</source>
        <translation>palvelimen levy on täynnä; mitään ei muutettu</translation>
    </message>
    <message>
        <source>the connection to the PostgreSQL server was lost; nothing of the last change was kept</source>
        <translation>yhteys PostgreSQL-palvelimeen katkesi; viimeisestä muutoksesta ei jäänyt mitään voimaan</translation>
    </message>
    <message>
        <source>the server refused the password of user “%1” (Salkku gives libpq&apos;s password from ~/.pgpass, PGPASSWORD or the service file)</source>
        <translation>palvelin ei hyväksynyt käyttäjän ”%1” salasanaa (Salkku käyttää libpq:n salasanaa tiedostosta ~/.pgpass, muuttujasta PGPASSWORD tai palvelutiedostosta)</translation>
    </message>
    <message>
        <source>the server asks for a password: put it in ~/.pgpass, PGPASSWORD or the service file</source>
        <translation>palvelin pyytää salasanaa: kirjoita se tiedostoon ~/.pgpass, muuttujaan PGPASSWORD tai palvelutiedostoon</translation>
    </message>
    <message>
        <source>there is no database “%1” on the server</source>
        <translation>palvelimella ei ole tietokantaa ”%1”</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server (is it running, and is the address right?)</source>
        <translation>PostgreSQL-palvelimeen ei saada yhteyttä (onko se käynnissä ja onko osoite oikein?)</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server</source>
        <translation>PostgreSQL-palvelimeen ei voi yhdistää</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (install libqt6sql6-psql)</source>
        <translation>Qt:n PostgreSQL-ajuri puuttuu (asenna libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>not a PostgreSQL address: %1</source>
        <translation>ei PostgreSQL-osoite: %1</translation>
    </message>
    <message>
        <source>copying %1: %2</source>
        <translation>kopioitaessa %1: %2</translation>
    </message>
    <message>
        <source>the copy was stopped after %1 of %2 pages; run it again to go on</source>
        <translation>kopiointi keskeytyi %1/%2 sivun jälkeen; jatka ajamalla se uudelleen</translation>
    </message>
    <message>
        <source>the copy differs from the original (it held other pages or annotations before): checksum %1, original %2</source>
        <translation>kopio poikkeaa alkuperäisestä (siinä oli jo muita sivuja tai merkintöjä): tarkistussumma %1, alkuperäisen %2</translation>
    </message>
    <message>
        <source>no page %1 in the portfolio</source>
        <translation>salkussa ei ole sivua %1</translation>
    </message>
    <message>
        <source>cannot make “%1” a member of %2: %3</source>
        <translation>käyttäjää ”%1” ei voi liittää rooliin %2: %3</translation>
    </message>
    <message>
        <source>the connection to the server was lost and made again; the import went on</source>
        <translation>yhteys palvelimeen katkesi ja muodostettiin uudelleen; tuonti jatkui</translation>
    </message>
    <message>
        <source>the connection to the server was lost: %1</source>
        <translation>yhteys palvelimeen katkesi: %1</translation>
    </message>
    <message>
        <source>not tried: the connection to the server was lost</source>
        <translation>ei yritetty: yhteys palvelimeen katkesi</translation>
    </message>
    <message>
        <source>this shared portfolio is from an older Salkku and could not be upgraded (%1): its administrator upgrades it with “salkku server-init ADDRESS”</source>
        <translation>tämä yhteinen salkku on Salkun vanhemmasta versiosta eikä sitä voitu päivittää (%1): sen ylläpitäjä päivittää sen komennolla ”salkku server-init OSOITE”</translation>
    </message>
    <message>
        <source>the import&apos;s transaction was rolled back after an error</source>
        <translation>tuonnin transaktio peruttiin virheen jälkeen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>keskeytetty</translation>
    </message>
</context>
<context>
    <name>salkku::storage::CoordinatorStore</name>
    <message>
        <source>the portfolio is open read-only</source>
        <translation>salkku on avattu vain luettavaksi</translation>
    </message>
    <message>
        <source>there is no page %1 in the portfolio</source>
        <translation>salkussa ei ole sivua %1</translation>
    </message>
    <message>
        <source>page %1 has no sub-area %2</source>
        <translation>sivulla %1 ei ole osa-aluetta %2</translation>
    </message>
    <message>
        <source>a tag needs a name</source>
        <translation>tunnisteella täytyy olla nimi</translation>
    </message>
    <message>
        <source>a note needs some text</source>
        <translation>muistiinpanossa täytyy olla tekstiä</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>muistiinpanoa %1 ei ole</translation>
    </message>
    <message>
        <source>a collection needs a name</source>
        <translation>kokoelmalla täytyy olla nimi</translation>
    </message>
    <message>
        <source>there is a collection named “%1” already</source>
        <translation>kokoelma nimeltä ”%1” on jo olemassa</translation>
    </message>
    <message>
        <source>there is no collection %1</source>
        <translation>kokoelmaa %1 ei ole</translation>
    </message>
    <message>
        <source>page %1 is not in the trash</source>
        <translation>sivu %1 ei ole roskakorissa</translation>
    </message>
</context>
<context>
    <name>salkku::storage::OnlineBackup</name>
    <message>
        <source>cannot write the backup: %1</source>
        <translation>varmuuskopiota ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>cannot back the portfolio up: %1</source>
        <translation>salkkua ei voi varmuuskopioida: %1</translation>
    </message>
    <message>
        <source>cannot finish the backup: %1</source>
        <translation>varmuuskopiota ei voi viimeistellä: %1</translation>
    </message>
    <message>
        <source>a backup cannot replace the portfolio it is made of</source>
        <translation>varmuuskopio ei voi korvata salkkua, josta se tehdään</translation>
    </message>
    <message>
        <source>is a folder: name a file for the backup</source>
        <translation>on kansio: anna varmuuskopiolle tiedoston nimi</translation>
    </message>
    <message>
        <source>cannot write the backup here</source>
        <translation>varmuuskopiota ei voi kirjoittaa tähän</translation>
    </message>
</context>
</TS>
