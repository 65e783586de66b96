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
    <name>OneBoxReport</name>
    <message numerus="yes">
        <location filename="../modules/analysis/oneboxreport.cpp" line="+120"/>
        <source>union of %n tree crowns and the green plots: no ground counted twice</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>residential footprint within 500 m of a park ≥ 5,000 m² or 300 m of one ≥ 2,000 m² (%n parks reach in)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneBoxStatistics</name>
    <message numerus="yes">
        <location filename="../modules/analysis/oneboxstatistics.cpp" line="+149"/>
        <source>GEOS could not cut %n features by the study area (%1); no figures are given rather than wrong ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
<context>
    <name>StudyArea</name>
    <message numerus="yes">
        <location filename="../modules/analysis/studyarea.cpp" line="+54"/>
        <source>The polygon has %n vertices; a shape with an area needs at least 3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>polygon of %n vertices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
