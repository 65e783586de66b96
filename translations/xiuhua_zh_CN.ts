<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CoordinateStatus</name>
        <message>
            <location filename="../modules/ui/coordinatestatus.cpp" line="+35" />
            <source>Scale</source>
            <translation>比例尺</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Map scale: pick one or type it, e.g. 1:1000</source>
            <translation>地图比例尺：可选择或直接输入，如 1:1000</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cursor position in the map's projected coordinates (metres)</source>
            <translation>光标位置（地图投影坐标，单位：米）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cursor position as CGCS2000 longitude and latitude</source>
            <translation>光标位置（CGCS2000 经纬度）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinate reference system of the map</source>
            <translation>地图坐标参考系</translation>
        </message>
        <message>
            <location line="+42" />
            <source>x %1  y %2 m</source>
            <translation>X %1  Y %2 米</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1°E</source>
            <translation>东经 %1°</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1°W</source>
            <translation>西经 %1°</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1°N</source>
            <translation>北纬 %1°</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1°S</source>
            <translation>南纬 %1°</translation>
        </message>
        <message>
            <location line="+5" />
            <source>outside the projection</source>
            <translation>超出投影范围</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No CRS</source>
            <translation>无坐标系</translation>
        </message>
    </context>
    <context>
        <name>IdentifyResultsDock</name>
        <message>
            <location filename="../modules/ui/identifyresultsdock.cpp" line="+18" />
            <source>Identify Results</source>
            <translation>识别结果</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Feature / field</source>
            <translation>要素 / 字段</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Feature %1</source>
            <translation>要素 %1</translation>
        </message>
    </context>
    <context>
        <name>InspectCommand</name>
        <message>
            <location filename="../app/cli/inspectcommand.cpp" line="+14" />
            <source>Describe a GDAL vector or raster source: layers, geometry, features, fields, CRS, extent.</source>
            <translation>描述 GDAL 可读的矢量或栅格数据源：图层、几何类型、要素、字段、坐标系、范围。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Print JSON for scripts instead of a report.</source>
            <translation>输出 JSON（供脚本使用），而不是文字报告。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The file (or GDAL source) to describe.</source>
            <translation>要描述的文件（或 GDAL 数据源）。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>inspect takes exactly one file; see xiuhua-cli inspect --help.</source>
            <translation>inspect 只接受一个文件；参见 xiuhua-cli inspect --help。</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../modules/runtime/language.cpp" line="+48" />
            <source>Unknown language "%1": use one of %2.</source>
            <translation>不支持的语言“%1”：请使用 %2 之一。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The translation file xiuhua_%1.qm is missing from %2.</source>
            <translation>%2 中缺少翻译文件 xiuhua_%1.qm。</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../modules/ui/languagemenu.cpp" line="+9" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The language will change the next time Xiuhua starts.</source>
            <translation>界面语言将在下次启动绣花时生效。</translation>
        </message>
    </context>
    <context>
        <name>LayerFileLoader</name>
        <message>
            <location filename="../modules/map/layerfileloader.cpp" line="+17" />
            <source>%1: no such file or directory.</source>
            <translation>%1：文件或目录不存在。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: not a vector, raster or mesh format that QGIS can read.</source>
            <translation>%1：不是 QGIS 可读取的矢量、栅格或网格格式。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>%1: could not open %2.</source>
            <translation>%1：无法打开 %2。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1: has no layer with geometry to show on the map.</source>
            <translation>%1：没有可在地图上显示的带几何图层。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../modules/ui/mainwindow.cpp" line="+43" />
            <source>Xiuhua Command Center</source>
            <translation>绣花 · 城市管理指挥中心</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Layers</source>
            <translation>图层</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open Data…</source>
            <translation>打开数据(&amp;O)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a vector or raster file to the map (%1)</source>
            <translation>将矢量或栅格文件添加到地图（%1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Map</source>
            <translation>地图(&amp;M)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Map Navigation</source>
            <translation>地图导航</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Full Screen</source>
            <translation>全屏(&amp;F)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Settings</source>
            <translation>设置(&amp;S)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Xiuhua</source>
            <translation>关于绣花(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About Xiuhua</source>
            <translation>关于绣花</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Xiuhua %1&lt;/h3&gt;&lt;p&gt;Command-center GIS for digital city management.&lt;/p&gt;&lt;p&gt;City management should be as fine as embroidery (像绣花一样精细).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;绣花 %1&lt;/h3&gt;&lt;p&gt;数字化城市管理指挥中心地理信息系统。&lt;/p&gt;&lt;p&gt;城市管理应该像绣花一样精细。&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+11" />
            <source>Open Data</source>
            <translation>打开数据</translation>
        </message>
    </context>
    <context>
        <name>MapNavigation</name>
        <message>
            <location filename="../modules/ui/mapnavigation.cpp" line="+31" />
            <source>&amp;Pan</source>
            <translation>平移(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Identify</source>
            <translation>识别(&amp;D)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Full Extent</source>
            <translation>全图(&amp;F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;revious Extent</source>
            <translation>上一视图(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Next Extent</source>
            <translation>下一视图(&amp;N)</translation>
        </message>
    </context>
    <context>
        <name>MapScreenshot</name>
        <message>
            <location filename="../modules/ui/mapscreenshot.cpp" line="+19" />
            <source>The map did not finish rendering in time; no screenshot was written.</source>
            <translation>地图未能按时绘制完成，未生成截图。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Could not write the screenshot %1: %2</source>
            <translation>无法写入截图 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>SourceDescriptionFormat</name>
        <message>
            <location filename="../modules/formats/sourcedescriptionformat.cpp" line="+90" />
            <source>CRS: %1</source>
            <translation>坐标系：%1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Extent: %1, %2 to %3, %4</source>
            <translation>范围：%1, %2 至 %3, %4</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Extent: none</source>
            <translation>范围：无</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Source: %1</source>
            <translation>数据源：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Format: %1 (%2)</source>
            <translation>格式：%1（%2）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Vector layers: %1</source>
            <translation>矢量图层：%1 个</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Layer %1: %2</source>
            <translation>图层 %1：%2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Geometry: %1</source>
            <translation>几何类型：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Features: %1</source>
            <translation>要素数：%1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fields: %1</source>
            <translation>字段：%1 个</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Raster: %1 × %2 pixels, %n band(s)</source>
            <translation>
                <numerusform>栅格：%1 × %2 像元，%n 个波段</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Band types: %1</source>
            <translation>波段类型：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pixel size: %1 × %2</source>
            <translation>像元大小：%1 × %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sub-datasets: %1</source>
            <translation>子数据集：%1 个</translation>
        </message>
    </context>
    <context>
        <name>SourceInspector</name>
        <message>
            <location filename="../modules/formats/sourceinspector.cpp" line="+115" />
            <source>No file was given.</source>
            <translation>未指定文件。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: no such file or directory.</source>
            <translation>%1：文件或目录不存在。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: permission denied.</source>
            <translation>%1：没有读取权限。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1: not a vector or raster format that GDAL can read.</source>
            <translation>%1：不是 GDAL 可读取的矢量或栅格格式。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: GDAL cannot read it: %2</source>
            <translation>%1：GDAL 无法读取：%2</translation>
        </message>
        <message>
            <location line="+32" />
            <source>%1: GDAL opened it as %2 but found neither layers nor raster bands in it.</source>
            <translation>%1：GDAL 以 %2 格式打开，但其中既没有图层也没有栅格波段。</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../app/cli/main.cpp" line="+31" />
            <source>Usage: xiuhua-cli [--lang zh_CN|en] COMMAND [options]

Commands:
</source>
            <translation>用法：xiuhua-cli [--lang zh_CN|en] 命令 [选项]

命令：
</translation>
        </message>
        <message>
            <location line="+5" />
            <source>
Run xiuhua-cli COMMAND --help for the options of a command.</source>
            <translation>
运行 xiuhua-cli 命令 --help 查看该命令的选项。</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Unknown command "%1".</source>
            <translation>未知命令“%1”。</translation>
        </message>
        <message>
            <location filename="../app/desktop/main.cpp" line="+42" />
            <source>xiuhua needs a display, and none was found (DISPLAY is not set).
Run it in a desktop session, or on a virtual display:
  xvfb-run -a xiuhua
or write a picture of the window without any display:
  xiuhua --screenshot window.png [--size 1920x1080]</source>
            <translation>xiuhua 需要显示器，但没有找到（未设置 DISPLAY）。
请在桌面会话中运行，或使用虚拟显示器：
  xvfb-run -a xiuhua
也可以不用显示器，直接输出窗口截图：
  xiuhua --screenshot window.png [--size 1920x1080]</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Xiuhua command center</source>
            <translation>绣花城市管理指挥中心</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add a vector or raster file to the map.</source>
            <translation>将矢量或栅格文件添加到地图。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>file</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Write a picture of the window once the map is drawn, then exit.</source>
            <translation>地图绘制完成后输出窗口截图并退出。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>png</source>
            <translation>png</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Window size for --screenshot.</source>
            <translation>--screenshot 使用的窗口大小。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WxH</source>
            <translation>宽x高</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interface language (zh_CN or en).</source>
            <translation>界面语言（zh_CN 或 en）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+7" />
            <source>--size wants WIDTHxHEIGHT in pixels, e.g. 1920x1080, not "%1".</source>
            <translation>--size 需要“宽x高”像素值，例如 1920x1080，而不是“%1”。</translation>
        </message>
    </context>
</TS>
