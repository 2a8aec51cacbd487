//! Masking data: context cues and placeholders. Cues are matched on width-folded,
//! ASCII-lower-cased text in a short window before a candidate. Word lists are `|`-separated
//! strings: a `&[&str]` would add 8 bytes of pointer and length per word to the `.wasm`.

/// Words that announce a phone number.
pub const PHONE_CUES: &str = "电话|手机|联系|致电|来电|号码|座机|固话|回电|打给|微信|tel|phone|mobile|call|cell|whatsapp|contact|fax|landline|line|ring|ph|hp|電話|手機|門號|门号|reach me|mob";

/// What introduces a landline's extension (lower case, longest first).
pub const EXTENSION_MARKERS: &str = "转分机|分机号|分机|转|ext.|ext|x|#|-";

/// Words that announce a bank card.
pub const CARD_CUES: &str = "卡号|银行卡|信用卡|储蓄卡|借记卡|这张卡|卡：|卡:|card|visa|mastercard|银联";

/// Words that announce an identity document.
pub const ID_CUES: &str = "身份证|证件|护照|passport|hkid|id|身分證|身份證|通行证";

/// Words that announce a number that is NOT personal data: order, tracking, ticket and serial
/// numbers, models, codes, amounts, device ids, tax ids.
pub const NOT_PII_CUES: &str = "订单|单号|运单|工单|快递|物流|型号|验证码|校验码|imei|meid|金额|税号|信用代码|流水|会员号|会员卡号|编号|序列号|批次|交易号|发票|发票号|发票代码|账单号|条码|sn|s/n|order|parcel id|tracking|ticket|code|serial|invoice|ref|reference|amount|model|sku|transaction|txn|case|骑手id|騎手id|rider id|#";

/// Words that may stand between a cue and its number (`订单号码是`, `order number is`).
pub const CUE_FILLERS: &str = "number|num|no|is|nr|号码|号|码|是|为";

/// Placeholders for the kinds that are removed whole, as `(zh-CN, en)`.
pub const PLACEHOLDER_ID: (&str, &str) = ("[身份证号]", "[ID number]");
pub const PLACEHOLDER_PASSPORT: (&str, &str) = ("[护照号]", "[passport number]");
pub const PLACEHOLDER_CARD: (&str, &str) = ("[银行卡号]", "[card number]");
pub const PLACEHOLDER_ADDRESS: (&str, &str) = ("[地址]", "[address]");
pub const PLACEHOLDER_PHONE: (&str, &str) = ("[电话]", "[phone]");
pub const PLACEHOLDER_EMAIL: (&str, &str) = ("[邮箱]", "[e-mail]");

/// Names that open an address whole: Hong Kong's and Macau's, which carry no division suffix
/// (`香港新界沙田…`), and 厦门, whose `门市` reads as a shop.
pub const ZH_REGION: &str = "香港|新界|九龙|九龍|澳门|澳門|厦门|廈門";
/// Chinese administrative-division suffixes that open an address.
pub const ZH_ADMIN: &str = "自治区|特别行政区|自治州|省|市|区|區|县|縣|州|盟|旗|镇|鎮|乡|鄉|街道|村";
/// Ordinary words that hold a division or road character (`市场部3楼` is an office, not an
/// address; `知道5号楼` names no road).
pub const NOT_PLACE: &str = "市场|超市|城市|门市|上市|市面|小区|校区|景区|专区|区域|省钱|节省|省心|县城|知道|频道|通道|渠道|道歉|味道|难道|这里|那里|哪里|家里|公里|里面|心里|路由|路上|一路|线路|电路|思路|走路|州际";
/// Chinese road suffixes.
pub const ZH_ROAD: &str = "大道|大街|胡同|路|街|巷|弄|道|里";
/// Units that follow a number inside an address (号, 栋, 单元, 室 …), longest first.
pub const ZH_UNIT: &str = "号楼|号院|号|號|栋|幢|座|单元|门|室|房|楼|樓|层|组|弄|户";
/// Characters that end the name before an address (至, 在, 寄到 …): never part of a place name.
/// (Not 都, 家, 下, 和, 会: they start or sit inside city names — 成都, 石家庄, 下城区, 和平区, 会宁.)
/// Simplified and traditional, in code-point order (`Chars` searches them), as is the next list.
pub const ZH_STOP: &str = "与个为主么也了于些从他们住你係個們到去又及发可号吗吧呀呢哦啊問喺嗎嗯在址太她好寄就往很從您想我或把收於映是為發的給给能至與被要請謝讓让请谢貨货还这送這還那问麼";

/// Chars that end the head of a Chinese address (besides punctuation and non-CJK chars):
/// 至/到/在/住址 … never occur inside a place name before a house number; 厅 keeps a cinema
/// seat (`3号厅7排12座`) from chaining into one.
pub const ZH_STRONG_STOP: &str = "为从住係到厅喺在址寄廳往從是為給给至送";

/// English street-type words (lower case) that end a street name.
pub const EN_STREET: &str = "street|st|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|close|crescent|square|sq|highway|hwy|parkway|pkwy|circle|cir|row|gardens|walk|trail|quay";
/// English unit words that may open an address (`Flat 15, 133 Park Avenue`); `no.` is the house
/// number's own word (`No. 924 Jiangnan Road`), matched only where the word before a number is read
/// with its dot (`head_start`), never after a street.
pub const EN_UNIT: &str = "flat|apt|apartment|unit|suite|ste|room|floor|fl|tower|block|blk|building|bldg|lot|level|no.";
/// Canadian province codes that precede a postcode (`ON M5V 3L9`).
pub const CA_PROVINCES: &str = "AB BC MB NB NL NS NT NU ON PE QC SK YT";
/// Australian state codes that precede a four-digit postcode.
pub const AU_STATES: &str = "NSW VIC QLD WA SA TAS ACT NT";
/// US state codes that precede a ZIP code.
pub const US_STATES: &str = "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY";
