<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminCode</name>
    <message>
        <location filename="../modules/domain/admincode.cpp" line="+23"/>
        <source>&quot;%1&quot; is not a 6-digit administrative division code.</source>
        <translation>“%1”不是 6 位行政区划代码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: %2 is not a province code of GB/T 2260.</source>
        <translation>“%1”：%2 不是 GB/T 2260 中的省级代码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names a province; a county-level division code is needed.</source>
        <translation>“%1”是省级代码；此处需要县级行政区划代码。</translation>
    </message>
</context>
<context>
    <name>AreaRepository</name>
    <message>
        <location filename="../modules/cache/arearepository.cpp" line="+20"/>
        <source>%1: the outline is not a readable geometry.</source>
        <translation>%1：边界不是可读的几何图形。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the outline is a %2, not a polygon.</source>
        <translation>%1：边界是 %2，不是多边形。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the outline is not a valid polygon: %2</source>
        <translation>%1：边界不是有效的多边形：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a %2-digit code.</source>
        <translation>“%1”不是 %2 位代码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the name is empty.</source>
        <translation>%1：名称为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not belong to %2: its code must start with its parent&apos;s.</source>
        <translation>%1 不属于 %2：其代码必须以上级代码开头。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 保存失败：%2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Grid cell %1: its community %2 (or supervisor) is not in the cache.</source>
        <translation>单元网格 %1：所属社区 %2（或监督员）不在缓存中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid cell %1 could not be saved: %2</source>
        <translation>单元网格 %1 保存失败：%2</translation>
    </message>
</context>
<context>
    <name>AreasTouchedFinder</name>
    <message>
        <location filename="../modules/analysis/areastouched.cpp" line="+71"/>
        <source>%1 %2 could not be cut by the study area: %3</source>
        <translation>%1 %2 无法按统计范围裁切：%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 could not be read: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <location filename="../modules/cache/attachmentstore.cpp" line="+32"/>
        <source>Cannot create the attachment folder %1.</source>
        <translation>无法创建附件目录 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot store the attachment %1: %2</source>
        <translation>无法保存附件 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot record the attachment %1: %2</source>
        <translation>无法登记附件 %1：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attachment %1 is missing from %2.</source>
        <translation>%2 中缺少附件 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attachment %1 is corrupted: its content no longer matches its checksum.</source>
        <translation>附件 %1 已损坏：内容与校验值不符。</translation>
    </message>
</context>
<context>
    <name>BookmarksDock</name>
    <message>
        <location filename="../modules/ui/bookmarksdock.cpp" line="+15"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the current view (Ctrl+B)</source>
        <translation>将当前视图加为书签（Ctrl+B）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add Bookmark</source>
        <translation>添加书签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of this view:</source>
        <translation>此视图的名称：</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <location filename="../modules/cache/featurewriter.cpp" line="+98"/>
        <source>%1: the insert triggers could not be set aside: %2</source>
        <translation>%1：无法暂时移除插入触发器：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a registered geometry table.</source>
        <translation>%1 不是已登记的几何表。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 feature %2: the geometry is missing, unreadable or of a type that does not fit the layer.</source>
        <translation>%1 要素 %2：几何缺失、无法读取，或类型与该图层不符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the new features could not be journaled: %2</source>
        <translation>%1：无法记录新要素的变更日志：%2</translation>
    </message>
</context>
<context>
    <name>CacheChecker</name>
    <message>
        <location filename="../modules/cache/cachechecker.cpp" line="+52"/>
        <source>A row of %1 refers to a row of %2 that does not exist.</source>
        <translation>%1 中有一行引用了 %2 中不存在的记录。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a valid %2-digit code.</source>
        <translation>“%1”不是有效的 %2 位代码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not start with the code of its parent %2.</source>
        <translation>%1 没有以其上级代码 %2 开头。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grid cell %1 is recorded in community %2, but its code says %3.</source>
        <translation>单元网格 %1 登记在社区 %2，但其代码表明属于 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Component %1 is recorded as class %2, but its id says %3.</source>
        <translation>部件 %1 登记为类别 %2，但其标识码表明是 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Component %1: class %2 is not in the cache&apos;s catalogue.</source>
        <translation>部件 %1：类别 %2 不在本缓存使用的目录中。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case %1: class %2 %3 is not in the cache&apos;s catalogue.</source>
        <translation>案卷 %1：类别 %2 %3 不在本缓存使用的目录中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2: the geometry is not valid: %3</source>
        <translation>%1 %2：几何图形无效：%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Case %1: %2</source>
        <translation>案卷 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1 is in state %2, but its event log leads to %3.</source>
        <translation>案卷 %1 的状态为 %2，但其事件记录推演结果为 %3。</translation>
    </message>
</context>
<context>
    <name>CacheCommand</name>
    <message>
        <location filename="../app/cli/cachecommand.cpp" line="+28"/>
        <source>Create (init), describe (info) or verify (check) a local cache file.</source>
        <translation>创建（init）、查看（info）或校验（check）本地缓存文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>init, info or check</source>
        <translation>init、info 或 check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache file.</source>
        <translation>缓存文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON for scripts instead of a report (info, check).</source>
        <translation>输出 JSON（供脚本使用）而不是文字报告（info、check）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init: EPSG code of the projected CRS (default 4549, CGCS2000 Gauss–Krüger CM 120E).</source>
        <translation>init：投影坐标系的 EPSG 代码（默认 4549，CGCS2000 高斯-克吕格 中央经线 120°E）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init: gb47678_5_2026 (default) or gb30428_2.</source>
        <translation>init：gb47678_5_2026（默认）或 gb30428_2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>init: the name of the city.</source>
        <translation>init：城市名称。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use: xiuhua-cli cache init|info|check FILE; see xiuhua-cli cache --help.</source>
        <translation>用法：xiuhua-cli cache init|info|check 文件；参见 xiuhua-cli cache --help。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--srid wants an EPSG code, not &quot;%1&quot;.</source>
        <translation>--srid 需要 EPSG 代码，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Created %1 (schema version %2, EPSG:%3, catalogue %4).</source>
        <translation>已创建 %1（结构版本 %2，EPSG:%3，目录 %4）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cache: %1</source>
        <translation>缓存：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>结构版本：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City: %1</source>
        <translation>城市：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalogue: %1</source>
        <translation>部件事项目录：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRS: %1 (EPSG:%2)</source>
        <translation>坐标系：%1（EPSG:%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extent: %1, %2 to %3, %4</source>
        <translation>范围：%1, %2 至 %3, %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extent: none (no spatial data yet)</source>
        <translation>范围：无（尚无空间数据）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to be pushed: %1</source>
        <translation>待上传的变更：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts to decide: %1</source>
        <translation>待处理的冲突：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows:</source>
        <translation>记录数：</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: no problems found (integrity, foreign keys, codes, geometries, case logs).</source>
        <translation>%1：未发现问题（完整性、外键、代码、几何、案卷记录）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n problem(s) found.</source>
        <translation>
            <numerusform>%1：发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  … and %1 more.</source>
        <translation>  …… 另有 %1 个。</translation>
    </message>
</context>
<context>
    <name>CacheFile</name>
    <message>
        <location filename="../modules/cache/cachefile.cpp" line="+76"/>
        <source>%1 already exists; a new cache needs a new file.</source>
        <translation>%1 已存在；新建缓存需要新文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown catalogue &quot;%1&quot;: use %2.</source>
        <translation>未知目录“%1”：请使用 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the cache could not be created: %2</source>
        <translation>%1：无法创建缓存：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>EPSG:%1 is not a CRS SpatiaLite knows.</source>
        <translation>SpatiaLite 不认识坐标系 EPSG:%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>EPSG:%1 is geographic; the cache needs a projected CRS in metres, such as a CGCS2000 Gauss–Krüger zone (EPSG:4534–4554).</source>
        <translation>EPSG:%1 是地理坐标系；缓存需要以米为单位的投影坐标系，例如 CGCS2000 高斯-克吕格分带（EPSG:4534–4554）。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a Xiuhua cache (not an SQLite file: %2).</source>
        <translation>%1 不是绣花缓存文件（不是 SQLite 文件：%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Xiuhua cache (an SQLite file made by another program).</source>
        <translation>%1 不是绣花缓存文件（是其他程序创建的 SQLite 文件）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has schema version %2, made by a newer Xiuhua; this one reads up to version %3. Update Xiuhua to open it.</source>
        <translation>%1 的结构版本为 %2，由较新版本的绣花创建；当前版本最高只能读取版本 %3。请升级绣花后再打开。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot start the migration: %2</source>
        <translation>%1：无法开始结构升级：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: migration to schema version %2 (%3) failed, the file is unchanged: %4</source>
        <translation>%1：升级到结构版本 %2（%3）失败，文件未作改动：%4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the migration could not be committed, the file is unchanged: %2</source>
        <translation>%1：结构升级无法提交，文件未作改动：%2</translation>
    </message>
</context>
<context>
    <name>CacheImportTask</name>
    <message>
        <location filename="../modules/map/cacheimporttask.cpp" line="+9"/>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
</context>
<context>
    <name>CacheLayers</name>
    <message>
        <location filename="../modules/map/cachelayers.cpp" line="+121"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Component names</source>
        <translation>部件名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit grid cells</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place names</source>
        <translation>地名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road centre lines</source>
        <translation>道路中心线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tree canopy</source>
        <translation>树冠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road surfaces</source>
        <translation>道路面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation>水系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City blocks</source>
        <translation>街区</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+39"/>
        <location line="+78"/>
        <source>%1: the layer %2 could not be opened.</source>
        <translation>%1：无法打开图层 %2。</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Open cases by community</source>
        <translation>各社区在办案件数</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Themes</source>
        <translation>专题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open cases heatmap</source>
        <translation>未结案件热力图</translation>
    </message>
</context>
<context>
    <name>CacheLocatorFilter</name>
    <message>
        <location filename="../modules/map/cachelocatorfilter.cpp" line="+25"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid cells</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parks and green space</source>
        <translation>公园与绿地</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cases, components, grid cells and places</source>
        <translation>案件、部件、单元网格与地点</translation>
    </message>
</context>
<context>
    <name>CaseFilter</name>
    <message>
        <location filename="../modules/map/casefilter.cpp" line="+112"/>
        <source>Any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates…</source>
        <translation>自定义日期…</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <location filename="../modules/ui/casefilterbar.cpp" line="+31"/>
        <source>Show the cases reported in this period</source>
        <translation>显示在此期间上报的案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the cases at this stage</source>
        <translation>显示处于此环节的案件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cases:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>All open cases</source>
        <translation>全部在办案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting acceptance or registration</source>
        <translation>待受理或待立案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Awaiting dispatch</source>
        <translation>待派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being handled</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting check</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting closing or callback</source>
        <translation>待结案或待回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hung on account</source>
        <translation>已挂账</translation>
    </message>
</context>
<context>
    <name>CaseHistoryWriter</name>
    <message>
        <location filename="../modules/cache/casehistorywriter.cpp" line="+98"/>
        <source>An action came before any case was reported.</source>
        <translation>在上报任何案件之前出现了操作。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Case %1: a bulk load takes no attachments.</source>
        <translation>案件 %1：批量写入不接受附件。</translation>
    </message>
</context>
<context>
    <name>CaseNumber</name>
    <message>
        <location filename="../modules/domain/casenumber.cpp" line="+16"/>
        <source>Case sequence %1 is outside 1–99999.</source>
        <translation>案卷序号 %1 超出 1–99999 范围。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case number &quot;%1&quot; must have 19 digits: administrative code, date (YYYYMMDD) and sequence.</source>
        <translation>案卷号“%1”必须为 19 位数字：行政区划代码、日期（YYYYMMDD）和序号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case number &quot;%1&quot;: %2</source>
        <translation>案卷号“%1”：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case number &quot;%1&quot;: %2 is not a valid date.</source>
        <translation>案卷号“%1”：%2 不是有效日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case number &quot;%1&quot;: the sequence must start at 1.</source>
        <translation>案卷号“%1”：序号必须从 1 开始。</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <location filename="../modules/cache/casehistorywriter.cpp" line="-52"/>
        <location filename="../modules/cache/caserepository.cpp" line="+60"/>
        <source>Case %1 cannot be reported: %2</source>
        <translation>案卷 %1 无法上报：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <location filename="../modules/cache/caserepository.cpp" line="+20"/>
        <location line="+7"/>
        <source>Case %1 could not be saved: %2</source>
        <translation>案卷 %1 保存失败：%2</translation>
    </message>
    <message>
        <location filename="../modules/cache/caserepository.cpp" line="+14"/>
        <location line="+59"/>
        <source>There is no case %1.</source>
        <translation>没有案卷 %1。</translation>
    </message>
    <message>
        <location filename="../modules/cache/casehistorywriter.cpp" line="-15"/>
        <location filename="../modules/cache/caserepository.cpp" line="-49"/>
        <location line="+7"/>
        <source>Case %1: %2</source>
        <translation>案卷 %1：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../modules/cache/caserepository.cpp" line="+19"/>
        <source>Case %1: the event could not be recorded: %2</source>
        <translation>案卷 %1：无法记录该操作：%2</translation>
    </message>
    <message>
        <location filename="../modules/cache/caserepository.cpp" line="+10"/>
        <source>Case %1: attachment %2 is not in the cache.</source>
        <translation>案卷 %1：附件 %2 不在缓存中。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Case %1: the workflow counts &quot;%2&quot;, which the cache has no column for.</source>
        <translation>案卷 %1：流程统计项“%2”在缓存中没有对应字段。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Case %1 could not be updated: %2</source>
        <translation>案卷 %1 更新失败：%2</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <location filename="../modules/domain/caseworkflow.cpp" line="+39"/>
        <source>acceptance</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification</source>
        <translation>核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registration</source>
        <translation>立案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handling</source>
        <translation>处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check</source>
        <translation>核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closing</source>
        <translation>结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: &quot;%2&quot; is not a code; use lower-case letters, digits and _, starting with a letter.</source>
        <translation>%1：“%2”不是有效代码；代码只能由小写字母、数字和 _ 组成，并以字母开头。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the code &quot;%2&quot; is already used on an earlier line.</source>
        <translation>%1：代码“%2”已在前面的行中使用。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the name is empty.</source>
        <translation>%1：名称为空。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1：“%2”既不是 yes 也不是 no。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: only one state can be initial, and &quot;%2&quot; already is.</source>
        <translation>%1：只能有一个初始状态，而“%2”已是初始状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the initial state cannot be terminal.</source>
        <translation>%1：初始状态不能同时是终止状态。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no state is marked initial.</source>
        <translation>%1：没有标记为初始的状态。</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+55"/>
        <source>%1: &quot;%2&quot; is not a state of %3.</source>
        <translation>%1：“%2”不是 %3 中的状态。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>%1: &quot;%2&quot; is a terminal state; no action may leave it.</source>
        <translation>%1：“%2”是终止状态，任何操作都不能离开该状态。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not an action of the case workflow.</source>
        <translation>%1：“%2”不是案卷流程中的操作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the state &quot;%2&quot; already has a row for the action &quot;%3&quot; on line %4.</source>
        <translation>%1：状态“%2”的操作“%3”已在第 %4 行定义。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no role is given; name at least one.</source>
        <translation>%1：未指定角色，请至少填写一个。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not a role of the case workflow.</source>
        <translation>%1：“%2”不是案卷流程中的角色。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the role &quot;%2&quot; is listed twice.</source>
        <translation>%1：角色“%2”重复列出。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: &quot;%2&quot; is not a step; the steps are %3.</source>
        <translation>%1：“%2”不是环节；可用的环节为 %3。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: &quot;%2&quot; is not a counter name, or is given twice; use lower-case letters, digits and _.</source>
        <translation>%1：“%2”不是有效的计数项名称或重复出现；名称只能由小写字母、数字和 _ 组成。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no step</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the step &quot;%1&quot;</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the step &quot;%2&quot; is not running in the state &quot;%3&quot; (%4 is running).</source>
        <translation>%1：在状态“%3”下环节“%2”没有在计时（当前计时环节：%4）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the step &quot;%2&quot; cannot start while &quot;%3&quot; is still running; stop it in %4.</source>
        <translation>%1：环节“%3”仍在计时，不能开始环节“%2”；请在 %4 中结束它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the case ends in &quot;%2&quot; with the step &quot;%3&quot; still running.</source>
        <translation>%1：案卷在状态“%2”结束时环节“%3”仍在计时。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: this reaches the state &quot;%2&quot; with %3 running, but other rows reach it with %4 running.</source>
        <translation>%1：此行进入状态“%2”时的计时环节为%3，但其他行进入该状态时的计时环节为%4。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: no sequence of actions leads from the initial state &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>%1：从初始状态“%2”出发，没有任何操作序列能到达“%3”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no action leads out of the state &quot;%2&quot;; mark it terminal or add a transition.</source>
        <translation>%1：没有操作能离开状态“%2”；请将其标记为终止状态，或为其添加转移。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&quot;%1&quot; is not a state of the case workflow.</source>
        <translation>“%1”不是案卷流程中的状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an action of the case workflow.</source>
        <translation>“%1”不是案卷流程中的操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a role of the case workflow.</source>
        <translation>“%1”不是案卷流程中的角色。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 cannot %2 when the case is %3 (not possible in this state).</source>
        <translation>%1不能对“%3”的案卷执行“%2”（该状态下不能进行此操作）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 cannot %2 when the case is %3 (allowed: %4).</source>
        <translation>%1不能对“%3”的案卷执行“%2”（可执行的角色：%4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <comment>between the names of roles</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The event does not name its case.</source>
        <translation>事件未注明所属案卷。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event does not say who acted.</source>
        <translation>事件未注明操作人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event has no valid time.</source>
        <translation>事件没有有效的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note is required to %1.</source>
        <translation>“%1”需要填写说明。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The action &quot;%1&quot; starts no step, so the event cannot carry a deadline.</source>
        <translation>操作“%1”不开始任何环节，事件不能带有时限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline is not a valid time.</source>
        <translation>时限不是有效的时间。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It belongs to the case %1, not %2.</source>
        <translation>该事件属于案卷 %1，而不是 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has no valid time.</source>
        <translation>该事件没有有效的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is dated before the event before it.</source>
        <translation>该事件的时间早于前一个事件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It starts from the state &quot;%1&quot;, but the case is %2 at that point.</source>
        <translation>该事件从状态“%1”开始，但此时案卷处于“%2”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>It leads to the state &quot;%1&quot;, but the workflow leads to %2.</source>
        <translation>该事件进入状态“%1”，但按流程应进入“%2”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event %1 (%2): %3</source>
        <translation>第 %1 个事件（%2）：%3</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../modules/domain/catalogue.cpp" line="+79"/>
        <source>%1: &quot;%2&quot; is not a class kind of %3 (use %4).</source>
        <translation>%1：“%2”不是 %3 的类别种类（请使用 %4）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a type code of %2.</source>
        <translation>“%1”不是 %2 的类别代码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: big class &quot;%2&quot; does not match type code %3.</source>
        <translation>%1：大类“%2”与类别代码 %3 不符。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the name is empty.</source>
        <translation>%1：名称为空。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 %3 is already in the catalogue.</source>
        <translation>%1：%2 %3 已在目录中。</translation>
    </message>
</context>
<context>
    <name>CatalogueMapping</name>
    <message>
        <location filename="../modules/domain/cataloguemapping.cpp" line="+37"/>
        <source>%1: %2 %3 is not in the legacy catalogue.</source>
        <translation>%1：%2 %3 不在旧版目录中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 %3 is not in the current catalogue.</source>
        <translation>%1：%2 %3 不在现行目录中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is neither &quot;exact&quot; nor &quot;equivalent&quot;.</source>
        <translation>%1：“%2”既不是“exact”也不是“equivalent”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 %3 is mapped twice.</source>
        <translation>%1：%2 %3 被重复对应。</translation>
    </message>
</context>
<context>
    <name>CityConfiguration</name>
    <message>
        <location filename="../modules/domain/cityconfiguration.cpp" line="+41"/>
        <source>%1: &quot;%2&quot; is empty or given twice.</source>
        <translation>%1：“%2”为空或重复。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;%2&quot; is not a class kind (component, matter, event).</source>
        <translation>%1：“%2”不是类别种类（component、matter、event）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not a department type of this city.</source>
        <translation>%1：“%2”不是本市的部门类型。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1：“%2”既不是 yes 也不是 no。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the catalogue has no %2 class %3.</source>
        <translation>%1：目录中没有 %2 类别 %3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 %3 is configured twice.</source>
        <translation>%1：%2 %3 重复配置。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 has no department type; add a row for it or for its big class %3.</source>
        <translation>%1：%2 没有部门类型；请为它或其大类 %3 添加一行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 has no time limit; add a row for it or for its big class %3.</source>
        <translation>%1：%2 没有处置时限；请为它或其大类 %3 添加一行。</translation>
    </message>
</context>
<context>
    <name>CityImporter</name>
    <message>
        <location filename="../modules/dataimport/cityimporter.cpp" line="+178"/>
        <source>department &quot;%1&quot;: %2</source>
        <translation>部门“%1”：%2</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read as vector data: %2</source>
        <translation>%1 无法作为矢量数据读取：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no GDAL driver recognises it</source>
        <translation>没有 GDAL 驱动能识别它</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The cache&apos;s CRS EPSG:%1 is unknown to PROJ.</source>
        <translation>PROJ 不认识缓存的坐标系 EPSG:%1。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: rules[%2].columns.%3 names the field &quot;%4&quot;, which layer %5 of %6 does not have.</source>
        <translation>%1：rules[%2].columns.%3 指定的字段“%4”在 %6 的图层 %5 中不存在。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: the id field &quot;%2&quot; is not in layer %3 of %4.</source>
        <translation>%1：标识字段“%2”不在 %4 的图层 %3 中。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Layer %1 of %2 declares no CRS: give it with --source-crs (e.g. EPSG:4326).</source>
        <translation>%2 的图层 %1 未声明坐标系：请用 --source-crs 指定（例如 EPSG:4326）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a CRS PROJ knows.</source>
        <translation>“%1”不是 PROJ 认识的坐标系。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layer %1 of %2 cannot be transformed to the cache&apos;s CRS EPSG:%3: %4</source>
        <translation>%2 的图层 %1 无法转换到缓存坐标系 EPSG:%3：%4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The import was cancelled; the cache is as it was.</source>
        <translation>导入已取消，缓存保持原样。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1, layer %2, feature %3, field %4: the text is not UTF-8. Convert the source, or give its encoding (e.g. --open-option ENCODING=GBK for a Shapefile).</source>
        <translation>%1，图层 %2，要素 %3，字段 %4：文本不是 UTF-8 编码。请转换数据源，或指定其编码（Shapefile 可用 --open-option ENCODING=GBK）。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1, layer %2: %3</source>
        <translation>%1，图层 %2：%3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Layer %1 of %2: %3</source>
        <translation>%2 的图层 %1：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, layer %2: reading stopped after %3 features, the file is truncated or corrupt: %4</source>
        <translation>%1，图层 %2：读取 %3 个要素后中断，文件不完整或已损坏：%4</translation>
    </message>
</context>
<context>
    <name>ComponentId</name>
    <message>
        <location filename="../modules/domain/componentid.cpp" line="+11"/>
        <source>Component id &quot;%1&quot; has %2 characters; it needs 17 digits (GB/T 47678.5) or 16 (GB/T 30428.2).</source>
        <translation>部件标识码“%1”有 %2 位；应为 17 位（GB/T 47678.5）或 16 位（GB/T 30428.2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Component id &quot;%1&quot; contains &quot;%2&quot;; only digits are allowed.</source>
        <translation>部件标识码“%1”含有“%2”；只允许数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <source>Component id &quot;%1&quot;: %2</source>
        <translation>部件标识码“%1”：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Component id &quot;%1&quot;: the serial number %2 must start at 1.</source>
        <translation>部件标识码“%1”：顺序码 %2 必须从 1 开始。</translation>
    </message>
</context>
<context>
    <name>ComponentRepository</name>
    <message>
        <location filename="../modules/cache/componentrepository.cpp" line="+66"/>
        <source>intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>丢失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abandoned</source>
        <translation>废弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Component %1: class %2 is not in the active catalogue.</source>
        <translation>部件 %1：类别 %2 不在当前使用的目录中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Component %1: &quot;%2&quot; is not a component state (%3).</source>
        <translation>部件 %1：“%2”不是部件状态（%3）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Component %1: the name is empty.</source>
        <translation>部件 %1：名称为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Component %1: the location must be a point.</source>
        <translation>部件 %1：位置必须是点。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Component %1: its grid cell or a department is not in the cache.</source>
        <translation>部件 %1：所在单元网格或某个部门不在缓存中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component %1 could not be saved: %2</source>
        <translation>部件 %1 保存失败：%2</translation>
    </message>
</context>
<context>
    <name>CoordinateStatus</name>
    <message>
        <location filename="../modules/ui/coordinatestatus.cpp" line="+39"/>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map scale: pick one or type it, e.g. 1:1000</source>
        <translation>地图比例尺：可选择或直接输入，如 1:1000</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cursor position in the map&apos;s projected coordinates (metres)</source>
        <translation>光标位置（地图投影坐标，单位：米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cursor position as CGCS2000 longitude and latitude</source>
        <translation>光标位置（CGCS2000 经纬度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinate reference system of the map</source>
        <translation>地图坐标参考系</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>x %1  y %2 m</source>
        <translation>X %1  Y %2 米</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1°E</source>
        <translation>东经 %1°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1°W</source>
        <translation>西经 %1°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1°N</source>
        <translation>北纬 %1°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1°S</source>
        <translation>南纬 %1°</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>outside the projection</source>
        <translation>超出投影范围</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No CRS</source>
        <translation>无坐标系</translation>
    </message>
</context>
<context>
    <name>CopyCoordinatesTool</name>
    <message>
        <location filename="../modules/ui/copycoordinatestool.cpp" line="+29"/>
        <source>; %1° E, %2° N</source>
        <translation>；东经 %1°，北纬 %2°</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <location filename="../modules/domain/csvtable.cpp" line="+52"/>
        <source>%1, line %2: the text is not UTF-8.</source>
        <translation>%1，第 %2 行：文本不是 UTF-8 编码。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1, line %2: a quoted field is not closed.</source>
        <translation>%1，第 %2 行：引号内的字段没有闭合。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1, line %2: %3 fields where the header has %4.</source>
        <translation>%1，第 %2 行：有 %3 个字段，而表头有 %4 个。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the file is empty; a header row was expected.</source>
        <translation>%1：文件为空；应有表头行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the column &quot;%2&quot; is missing from the header.</source>
        <translation>%1：表头中缺少列“%2”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, line %2, field &quot;%3&quot;</source>
        <translation>%1，第 %2 行，字段“%3”</translation>
    </message>
</context>
<context>
    <name>DemoCityGenerator</name>
    <message>
        <location filename="../modules/demo/democitygenerator.cpp" line="+83"/>
        <source>Districts, streets, communities and grid cells</source>
        <translation>区、街道、社区和单元网格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>River</source>
        <translation>河流</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City blocks</source>
        <translation>街区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buildings and green space</source>
        <translation>建筑和绿地</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Street trees</source>
        <translation>行道树</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Departments, people and routing rules</source>
        <translation>部门、人员和派遣规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Case history</source>
        <translation>案卷历史</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Road %1: the surface could not be computed: %2</source>
        <translation>道路 %1：无法计算路面：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The river could not be written: %1</source>
        <translation>无法写入河流：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A city block could not be computed: %1</source>
        <translation>无法计算街区：%1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <location filename="../app/cli/democommand.cpp" line="+18"/>
        <source>Generate the demo city (a believable district with grid, roads, buildings and green) into a new cache.</source>
        <translation>生成演示城市（含网格、道路、建筑和绿地的逼真城区）到新的缓存文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tiny (~1 km², for tests), district (~10 km², default) or city (~100 km²).</source>
        <translation>tiny（约 1 平方千米，用于测试）、district（约 10 平方千米，默认）或 city（约 100 平方千米）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same city (default 1).</source>
        <translation>相同的种子生成相同的城市（默认 1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache file to create.</source>
        <translation>要创建的缓存文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of the case history, as ISO date and time (default: now). With the seed it fixes the city.</source>
        <translation>案卷历史的截止时间，ISO 日期时间格式（默认：当前时间）。它与种子一起决定生成的城市。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Use: xiuhua-cli demo --scale tiny|district|city --seed N --out FILE.</source>
        <translation>用法：xiuhua-cli demo --scale tiny|district|city --seed N --out 文件。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The demo city could not be generated, nothing was kept: %1</source>
        <translation>无法生成演示城市，未保留任何内容：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote the %1 demo city (seed %2, %3 cases) to %4 in %5 s.</source>
        <translation>已将 %1 规模的演示城市（种子 %2，%3 个案卷）写入 %4，用时 %5 秒。</translation>
    </message>
</context>
<context>
    <name>DemoComponents</name>
    <message>
        <location filename="../modules/demo/democomponents.cpp" line="+129"/>
        <source>junction</source>
        <translation>路口</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>alley</source>
        <translation>小巷</translation>
    </message>
</context>
<context>
    <name>FeatureCard</name>
    <message>
        <location filename="../modules/map/featurecard.cpp" line="+85"/>
        <source>There is no component %1.</source>
        <translation>没有部件 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Component %1</source>
        <translation>部件 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component id (部件标识码)</source>
        <translation>部件标识码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authority (主管部门)</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner (权属单位)</source>
        <translation>权属单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintainer (养护单位)</source>
        <translation>养护单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+60"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>In use since</source>
        <translation>初始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>位置描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no grid cell %1.</source>
        <translation>没有单元网格 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit grid cell %1</source>
        <translation>单元网格 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>面积</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor (监督员)</source>
        <translation>监督员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Land use</source>
        <translation>用地性质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>在办案件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no case %1.</source>
        <translation>没有案件 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>问题类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>处置部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>上报时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered (立案)</source>
        <translation>立案时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched (派遣)</source>
        <translation>派遣时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled</source>
        <translation>处置时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed (结案)</source>
        <translation>结案时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current step due</source>
        <translation>当前环节时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling due</source>
        <translation>处置时限</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Timeline</source>
        <translation>办理经过</translation>
    </message>
</context>
<context>
    <name>FeatureWriter</name>
    <message>
        <location filename="../modules/cache/featurewriter.cpp" line="-136"/>
        <source>&quot;%1&quot; is not a basemap layer of the cache (%2).</source>
        <translation>“%1”不是缓存中的底图图层（%2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The basemap layer &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>底图图层“%1”没有字段“%2”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 feature %2: the geometry is missing, unreadable or of a type that does not fit the layer.</source>
        <translation>%1 要素 %2：几何缺失、无法读取，或类型与图层不符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 feature %2: %3</source>
        <translation>%1 要素 %2：%3</translation>
    </message>
</context>
<context>
    <name>GreenClasses</name>
    <message>
        <location filename="../modules/domain/greenclasses.cpp" line="+19"/>
        <source>%1: the value is empty.</source>
        <translation>%1：值为空。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1：“%2”既不是 yes 也不是 no。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the class %2 is listed twice.</source>
        <translation>%1：类别 %2 重复列出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the category %2 of class %3 has no row of its own.</source>
        <translation>%1：类别 %3 的大类 %2 没有自己的行。</translation>
    </message>
</context>
<context>
    <name>GreenStatistics</name>
    <message>
        <location filename="../modules/analysis/greenstatistics.cpp" line="+104"/>
        <source>%1: green space could not be read: %2</source>
        <translation>%1：无法读取绿地：%2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: tree crowns could not be read: %2</source>
        <translation>%1：无法读取树冠：%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1: parks could not be read: %2</source>
        <translation>%1：无法读取公园：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The service areas of the parks could not be united: %1</source>
        <translation>无法合并公园服务范围：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A residential building could not be cut by the parks&apos; service areas: %1</source>
        <translation>无法用公园服务范围裁切居住建筑：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: residential buildings could not be read: %2</source>
        <translation>%1：无法读取居住建筑：%2</translation>
    </message>
</context>
<context>
    <name>GridBuildDialog</name>
    <message>
        <location filename="../modules/ui/importdialog.cpp" line="+127"/>
        <source>Replace the grid the cache has</source>
        <translation>替换缓存中已有的网格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw Unit Grid</source>
        <translation>划分单元网格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> m²</source>
        <translation> 平方米</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw</source>
        <translation>划分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cells follow the road centre lines, river banks and community boundaries in the cache and are numbered west to east, north to south in each community. Without communities, provisional ones of whole blocks are made.</source>
        <translation>单元网格沿缓存中的道路中心线、河岸线和社区边界划分，在每个社区内按自西向东、自北向南的顺序编号。缓存中没有社区时，按整街区生成临时社区。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>District &amp;code:</source>
        <translation>区划代码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District &amp;name:</source>
        <translation>区名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cell &amp;area:</source>
        <translation>单元网格面积(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>GridBuildTask</name>
    <message>
        <location filename="../modules/map/cacheimporttask.cpp" line="+29"/>
        <source>Drawing the unit grid</source>
        <translation>正在划分单元网格</translation>
    </message>
</context>
<context>
    <name>GridBuilder</name>
    <message>
        <location filename="../modules/dataimport/gridbuilder.cpp" line="+161"/>
        <source>The cell area must be between 100 and 1,000,000 m², not %1.</source>
        <translation>单元网格面积须在 100 至 1,000,000 平方米之间，而不是 %1。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The cache has %1 districts (%2): choose one with --district.</source>
        <translation>缓存中有 %1 个区（%2）：请用 --district 选择其一。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The cache has no district: give its 6-digit code with --district (and its name with --district-name).</source>
        <translation>缓存中没有区：请用 --district 给出 6 位区划代码（并用 --district-name 给出名称）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>District %1</source>
        <translation>区 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>District %1 in %2 already has a grid of %3 cells; use --replace to draw it anew.</source>
        <translation>%2 中的区 %1 已有 %3 个单元网格；如要重新划分，请使用 --replace。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading roads, water and communities</source>
        <translation>读取道路、水系和社区</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no road centre lines for the grid to follow: import roads first (xiuhua-cli import … --mapping osm).</source>
        <translation>%1 中没有可供网格沿循的道路中心线：请先导入道路（xiuhua-cli import … --mapping osm）。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The area to divide is smaller than one cell of %1 m².</source>
        <translation>待划分区域小于一个 %1 平方米的单元网格。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cutting blocks into cells</source>
        <translation>将街区切分为单元网格</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The area would need %1 provisional streets, more than the %2 a district&apos;s codes allow: import the official streets and communities first.</source>
        <translation>该区域需要 %1 个临时街道，超过区内代码允许的 %2 个：请先导入正式的街道和社区。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Provisional street %1</source>
        <translation>临时街道 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provisional community %1</source>
        <translation>临时社区 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Street %1 would have more than %2 communities.</source>
        <translation>街道 %1 的社区将超过 %2 个。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A cell at (%1, %2) lies in no community.</source>
        <translation>位于 (%1, %2) 的单元网格不属于任何社区。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Numbering and saving cells</source>
        <translation>编号并保存单元网格</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Community %1 would have %2 cells, more than the %3 its codes allow.</source>
        <translation>社区 %1 将有 %2 个单元网格，超过其代码允许的 %3 个。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Locating components and cases</source>
        <translation>为部件和案件确定所在网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component %1</source>
        <translation>部件 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled; the cache is as it was.</source>
        <translation>已取消；缓存保持原样。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 could not be given its grid cell: %2</source>
        <translation>无法为%1确定所在单元网格：%2</translation>
    </message>
</context>
<context>
    <name>GridCode</name>
    <message>
        <location filename="../modules/domain/gridcode.cpp" line="+10"/>
        <source>Grid code &quot;%1&quot; has %2 characters; a unit grid code has 15 digits (14 in the legacy form).</source>
        <translation>网格代码“%1”有 %2 位；单元网格代码应为 15 位（旧标准为 14 位）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Grid code &quot;%1&quot; contains &quot;%2&quot;; only digits are allowed.</source>
        <translation>网格代码“%1”含有“%2”；只允许数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grid code &quot;%1&quot;: %2</source>
        <translation>网格代码“%1”：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid code &quot;%1&quot;: street/town part %2 is outside 001–599.</source>
        <translation>网格代码“%1”：街道（乡镇）码 %2 超出 001–599 范围。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid code &quot;%1&quot;: community/village part %2 is outside 001–599.</source>
        <translation>网格代码“%1”：社区（村）码 %2 超出 001–599 范围。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Grid code &quot;%1&quot;: the grid sequence %2 must start at 1.</source>
        <translation>网格代码“%1”：网格顺序码 %2 必须从 1 开始。</translation>
    </message>
</context>
<context>
    <name>GridCommand</name>
    <message>
        <location filename="../app/cli/gridcommand.cpp" line="+15"/>
        <source>Draw the unit grid (build) of a city that has none yet, from its roads and water.</source>
        <translation>为尚无单元网格的城市依据道路和水系划分单元网格（build）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>build</source>
        <translation>build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache to draw the grid in.</source>
        <translation>要划分网格的缓存文件。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The district&apos;s 6-digit code, when the cache has no district or several.</source>
        <translation>区的 6 位区划代码（缓存中没有区或有多个区时需要）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name of a district not yet in the cache.</source>
        <translation>缓存中尚无的区的名称。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cell area to aim for, in m² (default 10000).</source>
        <translation>目标单元网格面积，单位平方米（默认 10000）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m2</source>
        <translation>平方米</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the grid the cache has; components and cases are given their new cells.</source>
        <translation>替换缓存中已有的网格；部件和案件将归入新的单元网格。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use: xiuhua-cli grid build --into FILE; see xiuhua-cli grid --help.</source>
        <translation>用法：xiuhua-cli grid build --into 文件；详见 xiuhua-cli grid --help。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--cell-area: &quot;%1&quot; is not a number.</source>
        <translation>--cell-area：“%1”不是数字。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>[%1%] %2</source>
        <translation>[%1%] %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No grid was drawn: %1</source>
        <translation>未划分网格：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drew %1 grid cells over %2 km² in %3 s: %4 blocks (%5 slivers joined to a neighbour), cells of %6–%7 m².</source>
        <translation>用时 %3 秒在 %2 平方公里内划分 %1 个单元网格：%4 个街区（%5 个狭长碎块并入相邻街区），单元网格面积 %6–%7 平方米。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The cache had no communities: made %1 provisional streets and %2 provisional communities of whole blocks; replace them with the official ones.</source>
        <translation>缓存中没有社区：已按整街区生成 %1 个临时街道和 %2 个临时社区；请以正式的街道和社区替换。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Components given their cell: %1; cases: %2.</source>
        <translation>已确定所在网格的部件：%1；案件：%2。</translation>
    </message>
</context>
<context>
    <name>GridPartition</name>
    <message>
        <location filename="../modules/dataimport/gridpartition.cpp" line="+113"/>
        <source>The lines could not be noded: %1</source>
        <translation>线要素无法打断求交：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The lines could not be turned into blocks: %1</source>
        <translation>线要素无法构成街区：%1</translation>
    </message>
    <message>
        <location line="+288"/>
        <source>There is no area to divide.</source>
        <translation>没有待划分的区域。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The lines and the area&apos;s outline enclose no block.</source>
        <translation>线要素与区域边界未围成任何街区。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Neighbouring blocks could not be joined: %1</source>
        <translation>相邻街区无法合并：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The blocks could not be cut into cells.</source>
        <translation>街区无法切分为单元网格。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pieces of a cell could not be joined: %1</source>
        <translation>单元网格的碎块无法合并：%1</translation>
    </message>
</context>
<context>
    <name>IdentifyResultsDock</name>
    <message>
        <location filename="../modules/ui/identifyresultsdock.cpp" line="+25"/>
        <source>Identify Results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feature / field</source>
        <translation>要素 / 字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Feature %1</source>
        <translation>要素 %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+33"/>
        <source>Import a city&apos;s data (any GDAL vector source) into a cache by a mapping.</source>
        <translation>按映射文件将城市数据（任意 GDAL 矢量数据源）导入缓存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data to import: a file or a GDAL connection.</source>
        <translation>要导入的数据：文件或 GDAL 连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A mapping file, or a shipped mapping: osm (OpenStreetMap), gb47678-components.</source>
        <translation>映射文件，或内置映射：osm（OpenStreetMap）、gb47678-components。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache to import into (made with xiuhua-cli cache init).</source>
        <translation>导入目标缓存（用 xiuhua-cli cache init 创建）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The source&apos;s CRS when it declares none or a wrong one, e.g. EPSG:4326.</source>
        <translation>数据源未声明或声明错误时所用的坐标系，例如 EPSG:4326。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>crs</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A GDAL open option for the source, NAME=VALUE; may be repeated.</source>
        <translation>数据源的 GDAL 打开选项，格式 NAME=VALUE；可重复。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Use: xiuhua-cli import SOURCE --mapping MAPPING --into FILE.</source>
        <translation>用法：xiuhua-cli import 数据源 --mapping 映射 --into 文件。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>[%1%] %2 features read</source>
        <translation>[%1%] 已读取 %2 个要素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 features read</source>
        <translation>已读取 %1 个要素</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 features of %2 read into %3 in %4 s: %5.</source>
        <translation>已将读取的 %2 个要素中的 %1 个导入 %3，用时 %4 秒：%5。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing matched the mapping</source>
        <translation>没有要素符合映射</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not taken by any rule: %1; duplicates left out: %2; geometries repaired: %3; left out for their geometry: %4; departments created: %5.</source>
        <translation>未被任何规则采用：%1；重复而略去：%2；已修复几何：%3；因几何问题略去：%4；新建部门：%5。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../modules/ui/importdialog.cpp" line="-113"/>
        <source>Import City Data</source>
        <translation>导入城市数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data to import</source>
        <translation>要导入的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenStreetMap: buildings, roads, water, green space, trees</source>
        <translation>OpenStreetMap：建筑、道路、水系、绿地、树木</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component table (GB/T 47678.5)</source>
        <translation>部件表（GB/T 47678.5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping file…</source>
        <translation>映射文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import mappings (*.json)</source>
        <translation>导入映射（*.json）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As the data declares</source>
        <translation>按数据自身声明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Z=12 X=1408 Y=2471 for a vector tile</source>
        <translation>例如矢量瓦片：Z=12 X=1408 Y=2471</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data:</source>
        <translation>数据(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mapping:</source>
        <translation>映射(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data &amp;CRS:</source>
        <translation>数据坐标系(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDAL &amp;open options:</source>
        <translation>GDAL 打开选项(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ImportGeometry</name>
    <message>
        <location filename="../modules/dataimport/importgeometry.cpp" line="+88"/>
        <source>its extent (%1, %2 – %3, %4) is not a place in its CRS: the CRS is wrong or missing (give --source-crs).</source>
        <translation>其范围（%1, %2 – %3, %4）在其坐标系中不是有效位置：坐标系错误或缺失（请用 --source-crs 指定）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it lies at longitude %1…%2, latitude %3…%4, outside the area where the cache&apos;s CRS is used (%5: longitude %6…%7, latitude %8…%9). Either the source&apos;s CRS is wrong (give --source-crs), or the cache was made for another place (xiuhua-cli cache init --srid).</source>
        <translation>它位于经度 %1…%2、纬度 %3…%4，超出缓存坐标系的适用范围（%5：经度 %6…%7，纬度 %8…%9）。要么数据源坐标系有误（请用 --source-crs 指定），要么该缓存是为别处创建的（xiuhua-cli cache init --srid）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the geometry is empty</source>
        <translation>几何为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the geometry cannot be transformed to the cache&apos;s CRS</source>
        <translation>几何无法转换到缓存坐标系</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the geometry is invalid and GEOS cannot repair it</source>
        <translation>几何无效且 GEOS 无法修复</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nothing is left of the geometry</source>
        <translation>几何处理后已无剩余</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../modules/dataimport/importmapping.cpp" line="+51"/>
        <source>The mapping %1 cannot be read: %2</source>
        <translation>无法读取映射 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: this is not valid JSON (%3).</source>
        <translation>%1，第 %2 行：不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a mapping is a JSON object.</source>
        <translation>%1：映射必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mapping declares &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>映射须声明 &quot;format&quot;: &quot;%1&quot;。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown key; a mapping has %1.</source>
        <translation>未知的键；映射可含 %1。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an id rule names the fields whose values make the id.</source>
        <translation>标识规则须列出构成标识的字段。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a mapping needs at least one rule.</source>
        <translation>映射至少需要一条规则。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a cache layer an import can write (%2).</source>
        <translation>“%1”不是导入可写入的缓存图层（%2）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not point, line or polygon.</source>
        <translation>“%1”不是 point、line 或 polygon。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a buffer cannot be negative.</source>
        <translation>缓冲距离不能为负。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the cache layer %1 has no column &quot;%2&quot; (it has %3).</source>
        <translation>缓存图层 %1 没有列“%2”（它有 %3）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a column takes a &quot;field&quot; or a &quot;value&quot;.</source>
        <translation>列须给出 &quot;field&quot; 或 &quot;value&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a column is a field name or an object with &quot;field&quot; or &quot;value&quot;.</source>
        <translation>列须是字段名，或含 &quot;field&quot; 或 &quot;value&quot; 的对象。</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <location filename="../app/cli/inspectcommand.cpp" line="+15"/>
        <source>Describe a GDAL vector or raster source: layers, geometry, features, fields, CRS, extent.</source>
        <translation>描述 GDAL 可读的矢量或栅格数据源：图层、几何类型、要素、字段、坐标系、范围。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print JSON for scripts instead of a report.</source>
        <translation>输出 JSON（供脚本使用），而不是文字报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file (or GDAL source) to describe.</source>
        <translation>要描述的文件（或 GDAL 数据源）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>inspect takes exactly one file; see xiuhua-cli inspect --help.</source>
        <translation>inspect 只接受一个文件；参见 xiuhua-cli inspect --help。</translation>
    </message>
</context>
<context>
    <name>InventoryStatistics</name>
    <message>
        <location filename="../modules/analysis/inventorystatistics.cpp" line="+58"/>
        <source>%1: components could not be read: %2</source>
        <translation>%1：无法读取部件：%2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: cases could not be read: %2</source>
        <translation>%1：无法读取案件：%2</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../modules/runtime/language.cpp" line="+48"/>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>不支持的语言“%1”：请使用 %2 之一。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The translation file xiuhua_%1.qm is missing from %2.</source>
        <translation>%2 中缺少翻译文件 xiuhua_%1.qm。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../modules/ui/languagemenu.cpp" line="+9"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The language will change the next time Xiuhua starts.</source>
        <translation>界面语言将在下次启动绣花时生效。</translation>
    </message>
</context>
<context>
    <name>LayerFileLoader</name>
    <message>
        <location filename="../modules/map/layerfileloader.cpp" line="+17"/>
        <source>%1: no such file or directory.</source>
        <translation>%1：文件或目录不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not a vector, raster or mesh format that QGIS can read.</source>
        <translation>%1：不是 QGIS 可读取的矢量、栅格或网格格式。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: could not open %2.</source>
        <translation>%1：无法打开 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: has no layer with geometry to show on the map.</source>
        <translation>%1：没有可在地图上显示的带几何图层。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../modules/ui/mainwindow.cpp" line="+68"/>
        <source>Xiuhua Command Center</source>
        <translation>绣花 · 城市管理指挥中心</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Measured: %1</source>
        <translation>测量结果：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opened the cache %1</source>
        <translation>已打开缓存 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overview</source>
        <translation>鹰眼图</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>S&amp;tatistics</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-Box Statistics</source>
        <translation>一框统计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Box</source>
        <translation>框选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag a rectangle on the map for its figures</source>
        <translation>在地图上拖出矩形，统计其范围内的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polygon</source>
        <translation>多边形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the corners of a polygon; right-click or double-click to finish</source>
        <translation>依次点击多边形顶点；右键或双击结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Press at the centre and drag out the radius</source>
        <translation>在圆心按下并拖出半径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid Cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click a unit grid cell for its figures</source>
        <translation>点击单元网格，统计该网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click a community for its figures</source>
        <translation>点击社区，统计该社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click a street (subdistrict) for its figures</source>
        <translation>点击街道，统计该街道</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Data…</source>
        <translation>打开数据(&amp;O)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a vector or raster file to the map (%1)</source>
        <translation>将矢量或栅格文件添加到地图（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import City Data…</source>
        <translation>导入城市数据(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import buildings, roads, green space or components into the open cache</source>
        <translation>将建筑、道路、绿地或部件导入当前打开的缓存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw &amp;Unit Grid…</source>
        <translation>划分单元网格(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the unit grid of a city that has none yet, from its roads</source>
        <translation>依据道路为尚无单元网格的城市划分网格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map Navigation</source>
        <translation>地图导航</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Search cases, components, grid cells and places (Ctrl+K)</source>
        <translation>搜索案件、部件、单元网格与地点（Ctrl+K）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Case Filter</source>
        <translation>案件筛选</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Scale Bar</source>
        <translation>比例尺(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;North Arrow</source>
        <translation>指北针(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinate &amp;Grid</source>
        <translation>坐标格网(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Xiuhua</source>
        <translation>关于绣花(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Xiuhua</source>
        <translation>关于绣花</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Xiuhua %1&lt;/h3&gt;&lt;p&gt;Command-center GIS for digital city management.&lt;/p&gt;&lt;p&gt;City management should be as fine as embroidery (像绣花一样精细).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;绣花 %1&lt;/h3&gt;&lt;p&gt;数字化城市管理指挥中心地理信息系统。&lt;/p&gt;&lt;p&gt;城市管理应该像绣花一样精细。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>Open Data</source>
        <translation>打开数据</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+9"/>
        <source>Import City Data</source>
        <translation>导入城市数据</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Imported %1 of %2 features read (%3). Geometries repaired: %4; left out: %5.</source>
        <translation>已从读取的 %2 个要素中导入 %1 个（%3）。修复几何：%4；舍弃：%5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Drawing the unit grid…</source>
        <translation>正在划分单元网格…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+12"/>
        <source>Draw Unit Grid</source>
        <translation>划分单元网格</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Drew %1 grid cells over %2 km² from %3 blocks; cells of %4–%5 m². Components given their cell: %6; cases: %7.</source>
        <translation>由 %3 个街区在 %2 平方公里内划分 %1 个单元网格，面积 %4–%5 平方米。已确定所在网格的部件：%6；案件：%7。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No grid was drawn: %1</source>
        <translation>未划分网格：%1</translation>
    </message>
</context>
<context>
    <name>MapDecorations</name>
    <message>
        <location filename="../modules/ui/mapdecorations.cpp" line="+67"/>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
</context>
<context>
    <name>MapNavigation</name>
    <message>
        <location filename="../modules/ui/mapnavigation.cpp" line="+33"/>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Identify</source>
        <translation>识别(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Measure Distance</source>
        <translation>测量距离(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Measure &amp;Area</source>
        <translation>测量面积(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy Coordinates</source>
        <translation>复制坐标(&amp;C)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Full Extent</source>
        <translation>全图(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;revious Extent</source>
        <translation>上一视图(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Extent</source>
        <translation>下一视图(&amp;N)</translation>
    </message>
</context>
<context>
    <name>MapScreenshot</name>
    <message>
        <location filename="../modules/ui/mapscreenshot.cpp" line="+19"/>
        <source>The map did not finish rendering in time; no screenshot was written.</source>
        <translation>地图未能按时绘制完成，未生成截图。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not write the screenshot %1: %2</source>
        <translation>无法写入截图 %1：%2</translation>
    </message>
</context>
<context>
    <name>MeasureTool</name>
    <message>
        <location filename="../modules/ui/measuretool.cpp" line="+14"/>
        <source>%1 km</source>
        <translation>%1 千米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ha</source>
        <translation>%1 公顷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m²</source>
        <translation>%1 平方米</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 · perimeter %2</source>
        <translation>%1 · 周长 %2</translation>
    </message>
</context>
<context>
    <name>OneBoxDock</name>
    <message>
        <location filename="../modules/ui/oneboxdock.cpp" line="+64"/>
        <source>One-Box Statistics</source>
        <translation>一框统计</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draw a rectangle, polygon or circle on the map, or pick a grid cell, community or street, to see the green space, components and cases inside.</source>
        <translation>在地图上绘制矩形、多边形或圆形，或选取单元网格、社区、街道，查看范围内的绿地、部件和案件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the figures to a CSV or Excel (XLSX) file</source>
        <translation>将统计结果写入 CSV 或 Excel（XLSX）文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the figures as a table to paste into a spreadsheet</source>
        <translation>以表格形式复制统计结果，可粘贴到电子表格</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open a city cache first.</source>
        <translation>请先打开城市缓存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computing the figures of the %1…</source>
        <translation>正在统计%1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No figures: %1</source>
        <translation>无法统计：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 hm² · green-space ratio &lt;b&gt;%3%&lt;/b&gt; · green-coverage ratio &lt;b&gt;%4%&lt;/b&gt; · %5 components · %6 cases (%7 open, %8 overdue)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 公顷 · 绿地率 &lt;b&gt;%3%&lt;/b&gt; · 绿化覆盖率 &lt;b&gt;%4%&lt;/b&gt; · 部件 %5 个 · 案件 %6 件（未结 %7 件，超期 %8 件）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>There are no figures to export yet.</source>
        <translation>还没有可导出的统计结果。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Export the Figures</source>
        <translation>导出统计结果</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 表格 (*.csv)</translation>
    </message>
</context>
<context>
    <name>OneBoxReport</name>
    <message>
        <location filename="../modules/analysis/oneboxreport.cpp" line="+62"/>
        <source>Section</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Study area</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area A(B)</source>
        <translation>面积 A(B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+24"/>
        <location line="+3"/>
        <location line="+95"/>
        <source>m²</source>
        <translation>平方米</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>%1 hm²; the denominator of every ratio below</source>
        <translation>%1 公顷；以下各比率的分母</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinate system</source>
        <translation>坐标系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EPSG:%1 %2; areas are planar, measured in this projected CRS</source>
        <translation>EPSG:%1 %2；面积为该投影坐标系下的平面面积</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the area of the shape, A(B); official ratios are taken against the built-up area (建成区); over a drawn area they describe that area only</source>
        <translation>所绘范围的面积 A(B)；官方指标以建成区为分母，本结果仅描述所绘范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computed at</source>
        <translation>统计时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; deadlines are judged at this time</source>
        <translation>%1；按此时刻判定时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Green space</source>
        <translation>绿地</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>clipped to the area; CJJ/T 85-2017 major class</source>
        <translation>按范围裁切；CJJ/T 85-2017 大类</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>in %1</source>
        <translation>属 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a CJJ/T 85 class: counted in no ratio</source>
        <translation>非 CJJ/T 85 分类：不计入任何比率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green space (G1+G2+G3+XG)</source>
        <translation>绿地面积（G1+G2+G3+XG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>union of the plots inside; regional green (EG) lies outside construction land and is not counted</source>
        <translation>范围内地块的并集；区域绿地（EG）位于建设用地之外，不计入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green space including EG</source>
        <translation>含区域绿地的绿地面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green-space ratio (绿地率)</source>
        <translation>绿地率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(G1+G2+G3+XG) ∩ B / A(B)</source>
        <translation>(G1+G2+G3+XG) ∩ B / A(B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vegetation cover</source>
        <translation>绿化覆盖面积</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>union of %n tree crowns and the green plots: no ground counted twice</source>
        <translation>
            <numerusform>%n 个树冠与绿地地块的并集：重叠部分不重复计算</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green-coverage ratio (绿化覆盖率)</source>
        <translation>绿化覆盖率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(crowns ∪ green plots) ∩ B / A(B)</source>
        <translation>(树冠 ∪ 绿地) ∩ B / A(B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park green space (G1)</source>
        <translation>公园绿地（G1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Residents (estimate)</source>
        <translation>常住人口（估算）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>persons</source>
        <translation>人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community populations weighted by the share of each community inside</source>
        <translation>各社区人口按其落在范围内的面积比例加权</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Park green space per capita (人均公园绿地面积)</source>
        <translation>人均公园绿地面积</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>m²/person</source>
        <translation>平方米/人</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no residents inside</source>
        <translation>范围内无常住人口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no population figures for the communities inside</source>
        <translation>范围内社区无人口数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Park service-radius coverage</source>
        <translation>公园绿地服务半径覆盖率</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>residential footprint within 500 m of a park ≥ 5,000 m² or 300 m of one ≥ 2,000 m² (%n parks reach in)</source>
        <translation>
            <numerusform>距 5000 平方米以上公园 500 米内或 2000 平方米以上公园 300 米内的居住建筑基底（%n 个公园覆盖到本范围）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no residential buildings inside</source>
        <translation>范围内无居住建筑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residential footprint</source>
        <translation>居住建筑基底面积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m² of it within a park&apos;s reach</source>
        <translation>其中 %1 平方米在公园服务半径内</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlapping green plots</source>
        <translation>绿地地块重叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the data gives this ground to two plots; the class figures count it in each, the totals once</source>
        <translation>数据中此部分土地同属两个地块；分类面积各计一次，合计只计一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repaired geometries</source>
        <translation>已修复的几何</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid plots, crowns or buildings were made valid before measuring</source>
        <translation>无效的地块、树冠或建筑已在量算前修复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown green classes</source>
        <translation>未知绿地分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: not in CJJ/T 85-2017, counted in no ratio</source>
        <translation>%1：不属于 CJJ/T 85-2017，不计入任何比率</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Components</source>
        <translation>部件</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+15"/>
        <source>items</source>
        <translation>个</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>by their location point</source>
        <translation>按定位点统计</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+8"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>reported from %1 to before %2</source>
        <translation>上报时间自 %1 至 %2 之前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first</source>
        <translation>最早</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all reported cases</source>
        <translation>全部上报案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+17"/>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Open</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>neither closed nor cancelled</source>
        <translation>既未结案也未作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  on time</source>
        <translation>  正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  due soon</source>
        <translation>  即将超期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>less than 4 hours to the step deadline</source>
        <translation>距环节时限不足 4 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  overdue</source>
        <translation>  已超期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>past the step deadline</source>
        <translation>已过环节时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  without deadline</source>
        <translation>  无时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in a step without a time limit</source>
        <translation>处于无时限的环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled (处置数)</source>
        <translation>处置数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled on time (按期处置数)</source>
        <translation>按期处置数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue, not handled (超期未处置数)</source>
        <translation>超期未处置数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due to close (应结案数)</source>
        <translation>应结案数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handled + overdue not handled</source>
        <translation>处置数 + 超期未处置数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed (结案数)</source>
        <translation>结案数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closure rate (结案率)</source>
        <translation>结案率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结案数 / 应结案数</source>
        <translation>结案数 / 应结案数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>no case was due</source>
        <translation>无应结案件</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>On-time handling rate (按期处置率)</source>
        <translation>按期处置率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按期处置数 / 应处置数</source>
        <translation>按期处置数 / 应处置数</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../modules/ui/oneboxdock.cpp" line="-52"/>
        <source>Areas touched</source>
        <translation>涉及区域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 wholly inside, %2 partly</source>
        <translation>完全在内 %1 个，部分在内 %2 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wholly inside</source>
        <translation>完全在内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly: %1% of it</source>
        <translation>部分在内：占其 %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid cells</source>
        <translation>单元网格</translation>
    </message>
</context>
<context>
    <name>OneBoxStatistics</name>
    <message>
        <location filename="../modules/analysis/oneboxstatistics.cpp" line="+57"/>
        <location line="+28"/>
        <source>The study area could not be read: %1</source>
        <translation>无法读取统计范围：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>GEOS could not cut %n features by the study area (%1); no figures are given rather than wrong ones.</source>
        <translation>
            <numerusform>GEOS 无法按统计范围裁切 %n 个要素（%1）；为避免给出错误数字，不输出结果。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneBoxTask</name>
    <message>
        <location filename="../modules/map/oneboxtask.cpp" line="+7"/>
        <source>One-box statistics of the %1</source>
        <translation>%1的一框统计</translation>
    </message>
</context>
<context>
    <name>OneBoxTool</name>
    <message>
        <location filename="../modules/ui/oneboxtool.cpp" line="+164"/>
        <source>Open a city cache first.</source>
        <translation>请先打开城市缓存。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no %1 here.</source>
        <translation>此处没有%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street</source>
        <translation>街道</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <location filename="../modules/cache/organisationrepository.cpp" line="+14"/>
        <source>Department &quot;%1&quot;: id, name and type are required.</source>
        <translation>部门“%1”：编号、名称和类型为必填项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Department %1: the unified social credit code &quot;%2&quot; must have 18 characters.</source>
        <translation>部门 %1：统一社会信用代码“%2”必须为 18 位。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Department %1 could not be saved: %2</source>
        <translation>部门 %1 保存失败：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person &quot;%1&quot;: id and name are required.</source>
        <translation>人员“%1”：编号和姓名为必填项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Person %1 could not be saved: %2</source>
        <translation>人员 %1 保存失败：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <source>Person %1: %2</source>
        <translation>人员 %1：%2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Person %1: role %2 could not be saved: %3</source>
        <translation>人员 %1：角色 %2 保存失败：%3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Routing rule %1 could not be saved: %2</source>
        <translation>派遣规则 %1 保存失败：%2</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <location filename="../modules/runtime/referencedata.cpp" line="+16"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown catalogue &quot;%1&quot;.</source>
        <translation>未知目录“%1”。</translation>
    </message>
</context>
<context>
    <name>SourceDescriptionFormat</name>
    <message>
        <location filename="../modules/formats/sourcedescriptionformat.cpp" line="+90"/>
        <source>CRS: %1</source>
        <translation>坐标系：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Extent: %1, %2 to %3, %4</source>
        <translation>范围：%1, %2 至 %3, %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Extent: none</source>
        <translation>范围：无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format: %1 (%2)</source>
        <translation>格式：%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vector layers: %1</source>
        <translation>矢量图层：%1 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layer %1: %2</source>
        <translation>图层 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Geometry: %1</source>
        <translation>几何类型：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Features: %1</source>
        <translation>要素数：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields: %1</source>
        <translation>字段：%1 个</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Raster: %1 × %2 pixels, %n band(s)</source>
        <translation>
            <numerusform>栅格：%1 × %2 像元，%n 个波段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Band types: %1</source>
        <translation>波段类型：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pixel size: %1 × %2</source>
        <translation>像元大小：%1 × %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sub-datasets: %1</source>
        <translation>子数据集：%1 个</translation>
    </message>
</context>
<context>
    <name>SourceInspector</name>
    <message>
        <location filename="../modules/formats/sourceinspector.cpp" line="+115"/>
        <source>No file was given.</source>
        <translation>未指定文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no such file or directory.</source>
        <translation>%1：文件或目录不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: permission denied.</source>
        <translation>%1：没有读取权限。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not a vector or raster format that GDAL can read.</source>
        <translation>%1：不是 GDAL 可读取的矢量或栅格格式。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: GDAL cannot read it: %2</source>
        <translation>%1：GDAL 无法读取：%2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: GDAL opened it as %2 but found neither layers nor raster bands in it.</source>
        <translation>%1：GDAL 以 %2 格式打开，但其中既没有图层也没有栅格波段。</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <location filename="../modules/cache/sqlitedatabase.cpp" line="+39"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1：无法打开文件：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SpatiaLite could not be loaded (is libsqlite3-mod-spatialite installed?): %1</source>
        <translation>无法加载 SpatiaLite（是否已安装 libsqlite3-mod-spatialite？）：%1</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <location filename="../app/cli/statscommand.cpp" line="+35"/>
        <source>One-box statistics (一框统计) of an area: green space, cover, components, cases.</source>
        <translation>区域的一框统计：绿地、绿化覆盖、部件、案件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache to read.</source>
        <translation>要读取的缓存。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The area as a POLYGON or MULTIPOLYGON in the cache&apos;s CRS.</source>
        <translation>以缓存坐标系中的 POLYGON 或 MULTIPOLYGON 表示的范围。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wkt</source>
        <translation>wkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The area as a box in the cache&apos;s CRS.</source>
        <translation>以缓存坐标系中的矩形表示的范围。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>xmin,ymin,xmax,ymax</source>
        <translation>xmin,ymin,xmax,ymax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The area of a grid cell (15 digits), community (12), street (9) or district (6).</source>
        <translation>单元网格（15 位）、社区（12 位）、街道（9 位）或区（6 位）的范围。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count cases reported from this date or time on (ISO 8601).</source>
        <translation>统计自此日期或时刻起上报的案件（ISO 8601）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>…and before this date or time (ISO 8601).</source>
        <translation>…且在此日期或时刻之前（ISO 8601）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge deadlines at this time instead of now (ISO 8601).</source>
        <translation>按此时刻而非现在判定时限（ISO 8601）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the figures as JSON instead of a table.</source>
        <translation>以 JSON 而非表格输出结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also write the table to a .csv or .xlsx file.</source>
        <translation>同时将表格写入 .csv 或 .xlsx 文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use: xiuhua-cli stats --into FILE with one of --wkt, --bbox or --grid; see xiuhua-cli stats --help.</source>
        <translation>用法：xiuhua-cli stats --into 文件，并给出 --wkt、--bbox 或 --grid 之一；参见 xiuhua-cli stats --help。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &quot;%2&quot; is not an ISO 8601 date or time.</source>
        <translation>--%1：“%2”不是 ISO 8601 日期或时间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--export: %1 is neither a .csv nor an .xlsx file.</source>
        <translation>--export：%1 既不是 .csv 也不是 .xlsx 文件。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--bbox: &quot;%1&quot; is not four numbers xmin,ymin,xmax,ymax.</source>
        <translation>--bbox：“%1”不是 xmin,ymin,xmax,ymax 四个数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>No figures: %1</source>
        <translation>无法统计：%1</translation>
    </message>
</context>
<context>
    <name>StudyArea</name>
    <message>
        <location filename="../modules/analysis/studyarea.cpp" line="+17"/>
        <source>The shape has no area (%1 m²): draw an area, not a line or a point.</source>
        <translation>该形状没有面积（%1 平方米）：请绘制一个面，而不是线或点。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The box from (%1, %2) to (%3, %4) has no area: draw a box with a width and a height.</source>
        <translation>从 (%1, %2) 到 (%3, %4) 的矩形没有面积：请绘制有宽有高的矩形。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rectangle %1 m × %2 m</source>
        <translation>%1 米 × %2 米矩形</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The polygon has %n vertices; a shape with an area needs at least 3.</source>
        <translation>
            <numerusform>多边形只有 %n 个顶点；有面积的形状至少需要 3 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The polygon could not be built: %1</source>
        <translation>无法构建多边形：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>polygon of %n vertices</source>
        <translation>
            <numerusform>%n 个顶点的多边形</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The circle has a radius of %1 m and so no area: drag out a radius.</source>
        <translation>圆的半径为 %1 米，没有面积：请拖出半径。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>circle of radius %1 m around (%2, %3)</source>
        <translation>以 (%2, %3) 为圆心、半径 %1 米的圆</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The WKT could not be read (%1): %2</source>
        <translation>无法解析 WKT（%1）：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>polygon given as WKT</source>
        <translation>WKT 多边形</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>grid cell</source>
        <translation>单元网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>district</source>
        <translation>区</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not the code of a grid cell, community, street or district (15, 12, 9 or 6 digits).</source>
        <translation>“%1”不是单元网格、社区、街道或区的代码（15、12、9 或 6 位）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: there is no %2 with the code %3.</source>
        <translation>%1：没有代码为 %3 的%2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The shape could not be read: %1</source>
        <translation>无法读取该形状：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shape is a %1; statistics are taken over a polygon or a multipolygon.</source>
        <translation>该形状是 %1；统计范围须为多边形或多多边形。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shape is empty.</source>
        <translation>该形状为空。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The shape crosses itself near (%1, %2): draw its outline without crossings.</source>
        <translation>该形状在 (%1, %2) 附近自相交：请绘制不交叉的边界。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shape is not a valid polygon near (%1, %2): %3.</source>
        <translation>该形状在 (%1, %2) 附近不是有效多边形：%3。</translation>
    </message>
</context>
<context>
    <name>StyleLibrary</name>
    <message>
        <location filename="../modules/map/stylelibrary.cpp" line="+24"/>
        <source>Footprints</source>
        <translation>建筑轮廓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buildings</source>
        <translation>建筑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor numbers</source>
        <translation>楼层数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public and commercial buildings</source>
        <translation>公共与商业建筑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arterial roads</source>
        <translation>主干路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secondary roads</source>
        <translation>次干路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lanes</source>
        <translation>支路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main roads</source>
        <translation>干路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Road names</source>
        <translation>道路名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parks (G1)</source>
        <translation>公园绿地（G1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protective green (G2)</source>
        <translation>防护绿地（G2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Squares (G3)</source>
        <translation>广场用地（G3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached green (XG)</source>
        <translation>附属绿地（XG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regional green (EG)</source>
        <translation>区域绿地（EG）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other green</source>
        <translation>其他绿地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within 4 hours</source>
        <translation>4小时内到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal utilities</source>
        <translation>市政公用设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport facilities</source>
        <translation>交通设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sanitation facilities</source>
        <translation>市容环卫设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscaping</source>
        <translation>园林绿化设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other components</source>
        <translation>其他部件</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The style file %1 is missing.</source>
        <translation>缺少样式文件 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The style file %1 cannot be read: %2</source>
        <translation>无法读取样式文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>TableWriter</name>
    <message>
        <location filename="../modules/formats/tablewriter.cpp" line="+32"/>
        <source>%1: the table can be written as .csv or .xlsx, not as &quot;%2&quot;.</source>
        <translation>%1：表格只能写为 .csv 或 .xlsx，不能写为“%2”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: this GDAL has no %2 driver.</source>
        <translation>%1：此 GDAL 没有 %2 驱动。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: the finished table could not be moved into place.</source>
        <translation>%1：写好的表格无法移到目标位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the table could not be written: %2</source>
        <translation>%1：无法写入表格：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is not writable</source>
        <translation>文件夹不可写</translation>
    </message>
</context>
<context>
    <name>TaskProgressDialog</name>
    <message>
        <location filename="../modules/ui/taskprogressdialog.cpp" line="+6"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>TiledLayer</name>
    <message>
        <location filename="../modules/map/tiledlayer.cpp" line="+445"/>
        <source>A tiled layer takes its style from the layers it draws.</source>
        <translation>分块图层的样式取自其绘制的图层。</translation>
    </message>
</context>
<context>
    <name>TimeLimit</name>
    <message>
        <location filename="../modules/domain/timelimit.cpp" line="+12"/>
        <source>&quot;%1&quot; is not a time limit: write a positive number and a unit, e.g. 4wh (working hours), 2wd (working days) or 24h (calendar hours).</source>
        <translation>“%1”不是处置时限：请写正数加单位，例如 4wh（工作时）、2wd（工作日）或 24h（自然小时）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 working hours</source>
        <translation>%1 工作时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 working days</source>
        <translation>%1 工作日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 hours</source>
        <translation>%1 小时</translation>
    </message>
</context>
<context>
    <name>TypeCode</name>
    <message>
        <location filename="../modules/domain/typecode.cpp" line="+10"/>
        <source>Type code &quot;%1&quot; must have 4 digits (GB/T 30428.2) or 5 digits (GB/T 47678.5).</source>
        <translation>类别代码“%1”应为 4 位（GB/T 30428.2）或 5 位（GB/T 47678.5）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type code &quot;%1&quot;: neither the big class nor the small class may be zero.</source>
        <translation>类别代码“%1”：大类和小类都不能为零。</translation>
    </message>
</context>
<context>
    <name>UpsertStatement</name>
    <message>
        <location filename="../modules/cache/upsertstatement.cpp" line="+60"/>
        <source>the geometry is unreadable, empty, not two-dimensional or not a %1</source>
        <translation>几何无法读取、为空、不是二维，或不是 %1</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../modules/domain/workcalendar.cpp" line="+34"/>
        <source>&quot;%1&quot; is not a list of ordered, separate working windows such as 08:30-12:00,14:00-18:00.</source>
        <translation>“%1”不是按先后排列且互不重叠的工作时段，例如 08:30-12:00,14:00-18:00。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; names no working window.</source>
        <translation>“%1”中没有工作时段。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1：“%2”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is neither holiday nor workday.</source>
        <translation>%1：“%2”既不是 holiday（节假日）也不是 workday（调休上班）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 is listed twice.</source>
        <translation>%1：%2 重复列出。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+41"/>
        <source>Usage: xiuhua-cli [--lang zh_CN|en] COMMAND [options]

Commands:
</source>
        <translation>用法：xiuhua-cli [--lang zh_CN|en] 命令 [选项]

命令：
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Run xiuhua-cli COMMAND --help for the options of a command.</source>
        <translation>
运行 xiuhua-cli 命令 --help 查看该命令的选项。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="+43"/>
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
        <location line="+65"/>
        <source>Xiuhua command center</source>
        <translation>绣花城市管理指挥中心</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a vector or raster file to the map.</source>
        <translation>将矢量或栅格文件添加到地图。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a picture of the window once the map is drawn, then exit.</source>
        <translation>地图绘制完成后输出窗口截图并退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size for --screenshot.</source>
        <translation>--screenshot 使用的窗口大小。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WxH</source>
        <translation>宽x高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface language (zh_CN or en).</source>
        <translation>界面语言（zh_CN 或 en）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--size wants WIDTHxHEIGHT in pixels, e.g. 1920x1080, not &quot;%1&quot;.</source>
        <translation>--size 需要“宽x高”像素值，例如 1920x1080，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>packedspatialindex</name>
    <message>
        <location filename="../modules/cache/packedspatialindex.cpp" line="+158"/>
        <source>the spatial index %1 does not exist</source>
        <translation>空间索引 %1 不存在</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the spatial index could not be built: %2</source>
        <translation>%1：无法建立空间索引：%2</translation>
    </message>
</context>
</TS>
