/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["indicator-chart three areas"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="start" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g class="grid" stroke="currentColor">
<path d="M35,266H466M35,230H466M35,194H466M35,158H466M35,122H466M35,86H466M35,50H466M35,14H466">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="end" font-variant="tabular-nums">
<text class="tick" x="27" y="266" dy="0.32em">0%</text>
<text class="tick" x="27" y="230" dy="0.32em">2%</text>
<text class="tick" x="27" y="194" dy="0.32em">4%</text>
<text class="tick" x="27" y="158" dy="0.32em">6%</text>
<text class="tick" x="27" y="122" dy="0.32em">8%</text>
<text class="tick" x="27" y="86" dy="0.32em">10%</text>
<text class="tick" x="27" y="50" dy="0.32em">12%</text>
<text class="tick" x="27" y="14" dy="0.32em">14%</text>
</g>
<g class="axis" stroke="currentColor">
<path d="M45,266v6M127.25,266v6M209.49,266v6M291.62,266v6M373.75,266v6M456,266v6">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="middle" font-variant="tabular-nums">
<text class="tick" x="45" y="275" dy="0.71em">2019</text>
<text class="tick" x="127.25" y="275" dy="0.71em">2020</text>
<text class="tick" x="209.49" y="275" dy="0.71em">2021</text>
<text class="tick" x="291.62" y="275" dy="0.71em">2022</text>
<text class="tick" x="373.75" y="275" dy="0.71em">2023</text>
<text class="tick" x="456" y="275" dy="0.71em">2024</text>
</g>
<path class="baseline" stroke="currentColor" d="M35,266H466">
</path>
<path class="line s0" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" d="M45,14L127.25,23L209.49,32L291.62,41L373.75,50L456,59">
</path>
<path class="line s1" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" stroke-dasharray="12 3" d="M45,41L127.25,44.6L209.49,48.2L291.62,51.8L373.75,55.4L456,59">
</path>
<path class="line s2" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" stroke-dasharray="12 3 3 3" d="M45,68L127.25,66.2L209.49,64.4L291.62,62.6L373.75,60.8L456,59">
</path>
<path class="dot s0" fill="currentColor" stroke="currentColor" d="M49,14a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M131.25,23a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M213.49,32a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M295.62,41a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M377.75,50a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M460,59a4,4,0,1,1,-8,0a4,4,0,1,1,8,0">
</path>
<path class="dot s1" fill="currentColor" stroke="currentColor" d="M41.46,37.46h7.09v7.09h-7.09zM123.71,41.06h7.09v7.09h-7.09zM205.95,44.66h7.09v7.09h-7.09zM288.08,48.26h7.09v7.09h-7.09zM370.21,51.86h7.09v7.09h-7.09zM452.46,55.46h7.09v7.09h-7.09z">
</path>
<path class="dot s2" fill="currentColor" stroke="currentColor" d="M45,61.78l5.39,9.33l-10.78,0zM127.25,59.98l5.39,9.33l-10.78,0zM209.49,58.18l5.39,9.33l-10.78,0zM291.62,56.38l5.39,9.33l-10.78,0zM373.75,54.58l5.39,9.33l-10.78,0zM456,52.78l5.39,9.33l-10.78,0z">
</path>
<text class="label s0" x="465" y="59" dy="0.32em">Utrecht</text>
<text class="label s1" x="465" y="76" dy="0.32em">Jeugdregio Utrecht Stad</text>
<text class="label s2" x="465" y="93" dy="0.32em">Nederland</text>
</svg>`;
/* end snapshot indicator-chart three areas */

snapshots["indicator-chart band"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="start" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g class="grid" stroke="currentColor">
<path d="M35,266H563M35,203H563M35,140H563M35,77H563M35,14H563">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="end" font-variant="tabular-nums">
<text class="tick" x="27" y="266" dy="0.32em">0%</text>
<text class="tick" x="27" y="203" dy="0.32em">5%</text>
<text class="tick" x="27" y="140" dy="0.32em">10%</text>
<text class="tick" x="27" y="77" dy="0.32em">15%</text>
<text class="tick" x="27" y="14" dy="0.32em">20%</text>
</g>
<g class="axis" stroke="currentColor">
<path d="M45,266v6M146.66,266v6M248.31,266v6M349.83,266v6M451.34,266v6M553,266v6">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="middle" font-variant="tabular-nums">
<text class="tick" x="45" y="275" dy="0.71em">2019</text>
<text class="tick" x="146.66" y="275" dy="0.71em">2020</text>
<text class="tick" x="248.31" y="275" dy="0.71em">2021</text>
<text class="tick" x="349.83" y="275" dy="0.71em">2022</text>
<text class="tick" x="451.34" y="275" dy="0.71em">2023</text>
<text class="tick" x="553" y="275" dy="0.71em">2024</text>
</g>
<path class="baseline" stroke="currentColor" d="M35,266H563">
</path>
<path class="band s0" fill="currentColor" d="M45,69.44L146.66,75.74L248.31,82.04L349.83,88.34L451.34,94.64L553,100.94L553,141.26L451.34,134.96L349.83,128.66L248.31,122.36L146.66,116.06L45,109.76Z">
</path>
<path class="band s1" fill="currentColor" d="M45,117.32L146.66,117.32L248.31,117.32L349.83,117.32L451.34,117.32L553,117.32L553,124.88L451.34,124.88L349.83,124.88L248.31,124.88L146.66,124.88L45,124.88Z">
</path>
<path class="line s0" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" d="M45,89.6L146.66,95.9L248.31,102.2L349.83,108.5L451.34,114.8L553,121.1">
</path>
<path class="line s1" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" stroke-dasharray="12 3" d="M45,121.1L146.66,121.1L248.31,121.1L349.83,121.1L451.34,121.1L553,121.1">
</path>
<path class="dot s0" fill="currentColor" stroke="currentColor" d="M49,89.6a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M150.66,95.9a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M252.31,102.2a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M353.83,108.5a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M455.34,114.8a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M557,121.1a4,4,0,1,1,-8,0a4,4,0,1,1,8,0">
</path>
<path class="dot s1" fill="currentColor" stroke="currentColor" d="M41.46,117.56h7.09v7.09h-7.09zM143.12,117.56h7.09v7.09h-7.09zM244.77,117.56h7.09v7.09h-7.09zM346.29,117.56h7.09v7.09h-7.09zM447.8,117.56h7.09v7.09h-7.09zM549.46,117.56h7.09v7.09h-7.09z">
</path>
<text class="label s0" x="562" y="121.1" dy="0.32em">Utrecht</text>
<text class="label s1" x="562" y="138.1" dy="0.32em">Nederland</text>
</svg>`;
/* end snapshot indicator-chart band */

snapshots["indicator-chart provisional"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="start" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g class="grid" stroke="currentColor">
<path d="M35,266H563M35,230H563M35,194H563M35,158H563M35,122H563M35,86H563M35,50H563M35,14H563">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="end" font-variant="tabular-nums">
<text class="tick" x="27" y="266" dy="0.32em">0%</text>
<text class="tick" x="27" y="230" dy="0.32em">2%</text>
<text class="tick" x="27" y="194" dy="0.32em">4%</text>
<text class="tick" x="27" y="158" dy="0.32em">6%</text>
<text class="tick" x="27" y="122" dy="0.32em">8%</text>
<text class="tick" x="27" y="86" dy="0.32em">10%</text>
<text class="tick" x="27" y="50" dy="0.32em">12%</text>
<text class="tick" x="27" y="14" dy="0.32em">14%</text>
</g>
<g class="axis" stroke="currentColor">
<path d="M45,266v6M146.66,266v6M248.31,266v6M349.83,266v6M451.34,266v6M553,266v6">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="middle" font-variant="tabular-nums">
<text class="tick" x="45" y="275" dy="0.71em">2019</text>
<text class="tick" x="146.66" y="275" dy="0.71em">2020</text>
<text class="tick" x="248.31" y="275" dy="0.71em">2021</text>
<text class="tick" x="349.83" y="275" dy="0.71em">2022</text>
<text class="tick" x="451.34" y="275" dy="0.71em">2023</text>
<text class="tick" x="553" y="275" dy="0.71em">2024</text>
</g>
<path class="baseline" stroke="currentColor" d="M35,266H563">
</path>
<path class="line s0" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" d="M45,14L146.66,23L248.31,32L349.83,41L451.34,50">
</path>
<path class="line s0 provisional" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="round" stroke-dasharray="2 4" d="M451.34,50L553,59">
</path>
<path class="line s1" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" stroke-dasharray="12 3" d="M45,68L146.66,66.2L248.31,64.4L349.83,62.6L451.34,60.8">
</path>
<path class="line s1 provisional" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="round" stroke-dasharray="2 4" d="M451.34,60.8L553,59">
</path>
<path class="dot s0" fill="currentColor" stroke="currentColor" d="M49,14a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M150.66,23a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M252.31,32a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M353.83,41a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M455.34,50a4,4,0,1,1,-8,0a4,4,0,1,1,8,0">
</path>
<path class="dot s0 hollow" fill="currentColor" stroke="currentColor" d="M557,59a4,4,0,1,1,-8,0a4,4,0,1,1,8,0">
</path>
<path class="dot s1" fill="currentColor" stroke="currentColor" d="M41.46,64.46h7.09v7.09h-7.09zM143.12,62.66h7.09v7.09h-7.09zM244.77,60.86h7.09v7.09h-7.09zM346.29,59.06h7.09v7.09h-7.09zM447.8,57.26h7.09v7.09h-7.09z">
</path>
<path class="dot s1 hollow" fill="currentColor" stroke="currentColor" d="M549.46,55.46h7.09v7.09h-7.09z">
</path>
<text class="label s0" x="562" y="59" dy="0.32em">Utrecht</text>
<text class="label s1" x="562" y="76" dy="0.32em">Nederland</text>
</svg>`;
/* end snapshot indicator-chart provisional */

snapshots["indicator-chart suppressed"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="start" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g class="grid" stroke="currentColor">
<path d="M35,266H577M35,230H577M35,194H577M35,158H577M35,122H577M35,86H577M35,50H577M35,14H577">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="end" font-variant="tabular-nums">
<text class="tick" x="27" y="266" dy="0.32em">0%</text>
<text class="tick" x="27" y="230" dy="0.32em">2%</text>
<text class="tick" x="27" y="194" dy="0.32em">4%</text>
<text class="tick" x="27" y="158" dy="0.32em">6%</text>
<text class="tick" x="27" y="122" dy="0.32em">8%</text>
<text class="tick" x="27" y="86" dy="0.32em">10%</text>
<text class="tick" x="27" y="50" dy="0.32em">12%</text>
<text class="tick" x="27" y="14" dy="0.32em">14%</text>
</g>
<g class="axis" stroke="currentColor">
<path d="M45,266v6M149.46,266v6M253.91,266v6M358.23,266v6M462.54,266v6M567,266v6">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="middle" font-variant="tabular-nums">
<text class="tick" x="45" y="275" dy="0.71em">2019</text>
<text class="tick" x="149.46" y="275" dy="0.71em">2020</text>
<text class="tick" x="253.91" y="275" dy="0.71em">2021</text>
<text class="tick" x="358.23" y="275" dy="0.71em">2022</text>
<text class="tick" x="462.54" y="275" dy="0.71em">2023</text>
<text class="tick" x="567" y="275" dy="0.71em">2024</text>
</g>
<path class="baseline" stroke="currentColor" d="M35,266H577">
</path>
<path class="line s0" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" d="M45,14L149.46,23">
</path>
<path class="line s0" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" d="M462.54,50L567,59">
</path>
<path class="dot s0" fill="currentColor" stroke="currentColor" d="M49,14a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M153.46,23a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M466.54,50a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M571,59a4,4,0,1,1,-8,0a4,4,0,1,1,8,0">
</path>
<text class="label s0" x="576" y="59" dy="0.32em">Utrecht</text>
</svg>`;
/* end snapshot indicator-chart suppressed */

snapshots["indicator-chart series break"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="start" width="640" height="300" viewBox="0 0 640 300" aria-hidden="true" focusable="false">
<g class="grid" stroke="currentColor">
<path d="M35,266H563M35,231.71H563M35,197.43H563M35,163.14H563M35,128.86H563M35,94.57H563M35,60.29H563M35,26H563">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="end" font-variant="tabular-nums">
<text class="tick" x="27" y="266" dy="0.32em">0%</text>
<text class="tick" x="27" y="231.71" dy="0.32em">2%</text>
<text class="tick" x="27" y="197.43" dy="0.32em">4%</text>
<text class="tick" x="27" y="163.14" dy="0.32em">6%</text>
<text class="tick" x="27" y="128.86" dy="0.32em">8%</text>
<text class="tick" x="27" y="94.57" dy="0.32em">10%</text>
<text class="tick" x="27" y="60.29" dy="0.32em">12%</text>
<text class="tick" x="27" y="26" dy="0.32em">14%</text>
</g>
<g class="axis" stroke="currentColor">
<path d="M45,266v6M146.66,266v6M248.31,266v6M349.83,266v6M451.34,266v6M553,266v6">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="middle" font-variant="tabular-nums">
<text class="tick" x="45" y="275" dy="0.71em">2019</text>
<text class="tick" x="146.66" y="275" dy="0.71em">2020</text>
<text class="tick" x="248.31" y="275" dy="0.71em">2021</text>
<text class="tick" x="349.83" y="275" dy="0.71em">2022</text>
<text class="tick" x="451.34" y="275" dy="0.71em">2023</text>
<text class="tick" x="553" y="275" dy="0.71em">2024</text>
</g>
<path class="baseline" stroke="currentColor" d="M35,266H563">
</path>
<path class="break" stroke="currentColor" stroke-dasharray="3 3" d="M299.07,26V266">
</path>
<text class="break-label" x="299.07" y="12" dy="0.71em" text-anchor="middle">trendbreuk</text>
<path class="line s0" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" d="M45,26L146.66,31.14L248.31,36.29">
</path>
<path class="line s0" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" d="M349.83,110L451.34,115.14L553,120.29">
</path>
<path class="line s1" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" stroke-dasharray="12 3" d="M45,60.29L146.66,58.57L248.31,56.86">
</path>
<path class="line s1" fill="none" stroke="currentColor" stroke-linejoin="round" stroke-linecap="butt" stroke-dasharray="12 3" d="M349.83,106.57L451.34,104.86L553,103.14">
</path>
<path class="dot s0" fill="currentColor" stroke="currentColor" d="M49,26a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M150.66,31.14a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M252.31,36.29a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M353.83,110a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M455.34,115.14a4,4,0,1,1,-8,0a4,4,0,1,1,8,0M557,120.29a4,4,0,1,1,-8,0a4,4,0,1,1,8,0">
</path>
<path class="dot s1" fill="currentColor" stroke="currentColor" d="M41.46,56.75h7.09v7.09h-7.09zM143.12,55.03h7.09v7.09h-7.09zM244.77,53.32h7.09v7.09h-7.09zM346.29,103.03h7.09v7.09h-7.09zM447.8,101.32h7.09v7.09h-7.09zM549.46,99.6h7.09v7.09h-7.09z">
</path>
<text class="label s0" x="562" y="120.29" dy="0.32em">Utrecht</text>
<text class="label s1" x="562" y="103.14" dy="0.32em">Nederland</text>
</svg>`;
/* end snapshot indicator-chart series break */

snapshots["indicator-chart one period"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="start" width="640" height="189" viewBox="0 0 640 189" aria-hidden="true" focusable="false">
<g class="axis" stroke="currentColor">
<path d="M10,159v6M60.2,159v6M110.4,159v6M160.6,159v6M210.8,159v6M261,159v6M311.2,159v6M361.4,159v6M411.6,159v6M461.8,159v6M512,159v6">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="middle" font-variant="tabular-nums">
<text class="tick" x="10" y="168" dy="0.71em">0%</text>
<text class="tick" x="60.2" y="168" dy="0.71em">2%</text>
<text class="tick" x="110.4" y="168" dy="0.71em">4%</text>
<text class="tick" x="160.6" y="168" dy="0.71em">6%</text>
<text class="tick" x="210.8" y="168" dy="0.71em">8%</text>
<text class="tick" x="261" y="168" dy="0.71em">10%</text>
<text class="tick" x="311.2" y="168" dy="0.71em">12%</text>
<text class="tick" x="361.4" y="168" dy="0.71em">14%</text>
<text class="tick" x="411.6" y="168" dy="0.71em">16%</text>
<text class="tick" x="461.8" y="168" dy="0.71em">18%</text>
<text class="tick" x="512" y="168" dy="0.71em">20%</text>
</g>
<rect class="bar s0 hollow" fill="currentColor" stroke="currentColor" stroke-dasharray="4 3" x="10" y="27" width="308.73" height="22">
</rect>
<rect class="bar s1" fill="currentColor" stroke="currentColor" x="10" y="82" width="278.61" height="22">
</rect>
<rect class="bar s2" fill="currentColor" stroke="currentColor" x="10" y="137" width="261.04" height="22">
</rect>
<path class="interval" stroke="currentColor" d="M263.51,38H376.46M263.51,32V44M376.46,32V44M266.02,93H311.2M266.02,87V99M311.2,87V99M266.02,148H276.06M266.02,142V154M276.06,142V154">
</path>
<path class="baseline" stroke="currentColor" d="M10,8V159">
</path>
<text class="row-label" x="10" y="15.5" dy="0.32em">Utrecht</text>
<text class="row-label" x="10" y="70.5" dy="0.32em">Jeugdregio Utrecht Stad</text>
<text class="row-label" x="10" y="125.5" dy="0.32em">Nederland</text>
<text class="value-label" x="384.46" y="38" dy="0.32em">12,3% (voorlopig)</text>
<text class="value-label" x="319.2" y="93" dy="0.32em">11,1%</text>
<text class="value-label" x="284.06" y="148" dy="0.32em">10,4%</text>
</svg>`;
/* end snapshot indicator-chart one period */

snapshots["indicator-chart panel statement"] = 
`<svg class="stroomop-plot" fill="currentColor" text-anchor="start" width="640" height="192" viewBox="0 0 640 192" aria-hidden="true" focusable="false">
<g class="axis" stroke="currentColor">
<path d="M33.13,162v6M128.75,162v6M224.38,162v6M320,162v6M415.63,162v6M511.25,162v6M606.88,162v6">
</path>
</g>
<g class="axis" fill="currentColor" text-anchor="middle" font-variant="tabular-nums">
<text class="tick" x="33.13" y="171" dy="0.71em">75%</text>
<text class="tick" x="128.75" y="171" dy="0.71em">50%</text>
<text class="tick" x="224.38" y="171" dy="0.71em">25%</text>
<text class="tick" x="320" y="171" dy="0.71em">0%</text>
<text class="tick" x="415.63" y="171" dy="0.71em">25%</text>
<text class="tick" x="511.25" y="171" dy="0.71em">50%</text>
<text class="tick" x="606.88" y="171" dy="0.71em">75%</text>
</g>
<rect class="segment c-neg-1" fill="currentColor" x="214.81" y="24" width="25.5" height="26">
</rect>
<rect class="segment c-neg-2" fill="currentColor" x="240.31" y="24" width="44.62" height="26">
</rect>
<rect class="segment c-neutral" fill="currentColor" x="284.94" y="24" width="70.13" height="26">
</rect>
<rect class="segment c-pos-2" fill="currentColor" x="355.06" y="24" width="146.62" height="26">
</rect>
<rect class="segment c-pos-1" fill="currentColor" x="501.69" y="24" width="95.63" height="26">
</rect>
<rect class="segment c-neg-1" fill="currentColor" x="224.38" y="80" width="21.25" height="26">
</rect>
<rect class="segment c-neg-2" fill="currentColor" x="245.63" y="80" width="42.5" height="26">
</rect>
<rect class="segment c-neutral" fill="currentColor" x="288.13" y="80" width="63.75" height="26">
</rect>
<rect class="segment c-pos-2" fill="currentColor" x="351.87" y="80" width="170" height="26">
</rect>
<rect class="segment c-pos-1" fill="currentColor" x="521.88" y="80" width="85" height="26">
</rect>
<rect class="segment c-neg-1" fill="currentColor" x="230.75" y="136" width="12.75" height="26">
</rect>
<rect class="segment c-neg-2" fill="currentColor" x="243.5" y="136" width="38.25" height="26">
</rect>
<rect class="segment c-neutral" fill="currentColor" x="281.75" y="136" width="76.5" height="26">
</rect>
<rect class="segment c-pos-2" fill="currentColor" x="358.25" y="136" width="191.25" height="26">
</rect>
<rect class="segment c-pos-1" fill="currentColor" x="549.5" y="136" width="63.75" height="26">
</rect>
<path class="centre" stroke="currentColor" d="M320,21V53M320,77V109M320,133V165">
</path>
<text class="segment-label on-light" x="262.63" y="37" dy="0.32em" text-anchor="middle">12%</text>
<text class="segment-label on-light" x="320" y="37" dy="0.32em" text-anchor="middle">18%</text>
<text class="segment-label on-light" x="428.37" y="37" dy="0.32em" text-anchor="middle">38%</text>
<text class="segment-label on-strong" x="549.5" y="37" dy="0.32em" text-anchor="middle">25%</text>
<text class="segment-label on-light" x="266.88" y="93" dy="0.32em" text-anchor="middle">11%</text>
<text class="segment-label on-light" x="320" y="93" dy="0.32em" text-anchor="middle">17%</text>
<text class="segment-label on-light" x="436.87" y="93" dy="0.32em" text-anchor="middle">44%</text>
<text class="segment-label on-strong" x="564.38" y="93" dy="0.32em" text-anchor="middle">22%</text>
<text class="segment-label on-light" x="262.63" y="149" dy="0.32em" text-anchor="middle">10%</text>
<text class="segment-label on-light" x="320" y="149" dy="0.32em" text-anchor="middle">20%</text>
<text class="segment-label on-light" x="453.88" y="149" dy="0.32em" text-anchor="middle">50%</text>
<text class="segment-label on-strong" x="581.38" y="149" dy="0.32em" text-anchor="middle">17%</text>
<text class="row-label" x="14" y="13.5" dy="0.32em">Jongeren (n = 120, respons 38%)</text>
<text class="row-label" x="14" y="69.5" dy="0.32em">Ouders (n = 90, respons 31%)</text>
<text class="row-label" x="14" y="125.5" dy="0.32em">Professionals (n = 60, respons 55%)</text>
</svg>`;
/* end snapshot indicator-chart panel statement */

