<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyAlgorithm="0" simplifyMaxScale="1" maxScale="0" simplifyLocal="1" symbologyReferenceScale="-1" styleCategories="Symbology|Labeling|Rendering" hasScaleBasedVisibilityFlag="0" labelsEnabled="0" minScale="100000000" version="3.22.16-Białowieża" simplifyDrawingHints="0" simplifyDrawingTol="1">
  <renderer-v2 toleranceUnit="MM" tolerance="4" forceraster="0" type="pointCluster" referencescale="-1" toleranceUnitScale="3x:0,0,0,0,0,0" symbollevels="0" enableorderby="0">
    <renderer-v2 forceraster="0" type="RuleRenderer" referencescale="-1" symbollevels="0" enableorderby="0">
      <rules key="{44f5b58d-5e9b-4476-aee6-0d9932bee322}">
        <rule key="{5ad9c54a-1fef-499b-a3ba-344bdcde9698}" filter="&quot;state&quot; IN ('closed', 'cancelled')" symbol="0" label="Closed or cancelled"/>
        <rule key="{3040ec5c-1b20-4cc3-a3a0-ee107277ab48}" filter="&quot;step_deadline&quot; IS NOT NULL AND to_datetime(&quot;step_deadline&quot;) &lt; now()" symbol="1" label="Overdue"/>
        <rule key="{b5f2538b-7699-4a85-99c8-1c265fb97fd7}" filter="&quot;step_deadline&quot; IS NOT NULL AND to_datetime(&quot;step_deadline&quot;) &lt; now() + to_interval('4 hours')" symbol="2" label="Due within 4 hours"/>
        <rule key="{421195f9-4500-4fec-8dbf-7420567a0d94}" filter="ELSE" symbol="3" label="On time"/>
      </rules>
      <symbols>
        <symbol name="0" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" class="SimpleMarker" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="134,142,150,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.4" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="134,142,150,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.4" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE WHEN &quot;state&quot; IN ('reported', 'pending_verification', 'pending_registration') THEN 'triangle' WHEN &quot;state&quot; IN ('pending_dispatch', 'returned') THEN 'square' WHEN &quot;state&quot; IN ('handled', 'pending_check') THEN 'diamond' WHEN &quot;state&quot; IN ('pending_close', 'pending_callback') THEN 'star' WHEN &quot;state&quot; = 'hung' THEN 'pentagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="1" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" class="SimpleMarker" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="224,49,49,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.4" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="224,49,49,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.4" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE WHEN &quot;state&quot; IN ('reported', 'pending_verification', 'pending_registration') THEN 'triangle' WHEN &quot;state&quot; IN ('pending_dispatch', 'returned') THEN 'square' WHEN &quot;state&quot; IN ('handled', 'pending_check') THEN 'diamond' WHEN &quot;state&quot; IN ('pending_close', 'pending_callback') THEN 'star' WHEN &quot;state&quot; = 'hung' THEN 'pentagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="2" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" class="SimpleMarker" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="245,159,0,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.4" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="245,159,0,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.4" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE WHEN &quot;state&quot; IN ('reported', 'pending_verification', 'pending_registration') THEN 'triangle' WHEN &quot;state&quot; IN ('pending_dispatch', 'returned') THEN 'square' WHEN &quot;state&quot; IN ('handled', 'pending_check') THEN 'diamond' WHEN &quot;state&quot; IN ('pending_close', 'pending_callback') THEN 'star' WHEN &quot;state&quot; = 'hung' THEN 'pentagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="3" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer enabled="1" locked="0" class="SimpleMarker" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="47,158,68,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.4" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="47,158,68,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.4" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE WHEN &quot;state&quot; IN ('reported', 'pending_verification', 'pending_registration') THEN 'triangle' WHEN &quot;state&quot; IN ('pending_dispatch', 'returned') THEN 'square' WHEN &quot;state&quot; IN ('handled', 'pending_check') THEN 'diamond' WHEN &quot;state&quot; IN ('pending_close', 'pending_callback') THEN 'star' WHEN &quot;state&quot; = 'hung' THEN 'pentagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
    </renderer-v2>
    <symbol name="centerSymbol" type="marker" alpha="1" clip_to_extent="1" force_rhr="0">
      <data_defined_properties>
        <Option type="Map">
          <Option name="name" value="" type="QString"/>
          <Option name="properties"/>
          <Option name="type" value="collection" type="QString"/>
        </Option>
      </data_defined_properties>
      <layer enabled="1" locked="0" class="SimpleMarker" pass="0">
        <Option type="Map">
          <Option name="angle" value="0" type="QString"/>
          <Option name="cap_style" value="square" type="QString"/>
          <Option name="color" value="245,75,80,255" type="QString"/>
          <Option name="horizontal_anchor_point" value="1" type="QString"/>
          <Option name="joinstyle" value="bevel" type="QString"/>
          <Option name="name" value="circle" type="QString"/>
          <Option name="offset" value="0,0" type="QString"/>
          <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offset_unit" value="MM" type="QString"/>
          <Option name="outline_color" value="35,35,35,255" type="QString"/>
          <Option name="outline_style" value="solid" type="QString"/>
          <Option name="outline_width" value="0" type="QString"/>
          <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="outline_width_unit" value="MM" type="QString"/>
          <Option name="scale_method" value="diameter" type="QString"/>
          <Option name="size" value="4" type="QString"/>
          <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="size_unit" value="MM" type="QString"/>
          <Option name="vertical_anchor_point" value="1" type="QString"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="square" k="cap_style"/>
        <prop v="245,75,80,255" k="color"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="bevel" k="joinstyle"/>
        <prop v="circle" k="name"/>
        <prop v="0,0" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="35,35,35,255" k="outline_color"/>
        <prop v="solid" k="outline_style"/>
        <prop v="0" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="diameter" k="scale_method"/>
        <prop v="4" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
      <layer enabled="1" locked="0" class="FontMarker" pass="0">
        <Option type="Map">
          <Option name="angle" value="0" type="QString"/>
          <Option name="chr" value="A" type="QString"/>
          <Option name="color" value="255,255,255,255" type="QString"/>
          <Option name="font" value="DejaVu Sans" type="QString"/>
          <Option name="font_style" value="" type="QString"/>
          <Option name="horizontal_anchor_point" value="1" type="QString"/>
          <Option name="joinstyle" value="miter" type="QString"/>
          <Option name="offset" value="0,-0.40000000000000002" type="QString"/>
          <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offset_unit" value="MM" type="QString"/>
          <Option name="outline_color" value="255,255,255,255" type="QString"/>
          <Option name="outline_width" value="0" type="QString"/>
          <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="outline_width_unit" value="MM" type="QString"/>
          <Option name="size" value="3.2" type="QString"/>
          <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="size_unit" value="MM" type="QString"/>
          <Option name="vertical_anchor_point" value="1" type="QString"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="A" k="chr"/>
        <prop v="255,255,255,255" k="color"/>
        <prop v="DejaVu Sans" k="font"/>
        <prop v="" k="font_style"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="miter" k="joinstyle"/>
        <prop v="0,-0.40000000000000002" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="255,255,255,255" k="outline_color"/>
        <prop v="0" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="3.2" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties" type="Map">
              <Option name="char" type="Map">
                <Option name="active" value="true" type="bool"/>
                <Option name="expression" value="@cluster_size" type="QString"/>
                <Option name="type" value="3" type="int"/>
              </Option>
            </Option>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <layerGeometryType>0</layerGeometryType>
</qgis>
