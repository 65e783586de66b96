<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CacheCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/cachecommand.cpp" line="+185"/>
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1: %n problem found.</numerusform>
            <numerusform>%1: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceDescriptionFormat</name>
    <message numerus="yes">
        <location filename="../modules/formats/sourcedescriptionformat.cpp" line="+132"/>
        <source>Raster: %1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>Raster: %1 × %2 pixels, %n band</numerusform>
            <numerusform>Raster: %1 × %2 pixels, %n bands</numerusform>
        </translation>
    </message>
</context>
</TS>
