//! The classifier's one data table: the default taxonomy with its zh-CN/en labels and lexicon,
//! and the cue tables (negation, request, nature, emotion, priority).
//!
//! Term syntax (one `|`-separated string per entry, folded like the text before matching):
//! - `term` weight 2 · `term=3.5` explicit weight
//! - `!term` negatable: a negation cue in scope ("没有坏", "not broken") cancels it. Only
//!   symptom words are negatable; topic nouns ("发货", "退款") keep their topic under negation
//!   ("还没发货" is still about shipping).
//! - `stem*` English stem: matches `crash`, `crashes`, `crashed`, `crashing` (letters may follow).
//!   Terms starting/ending with an ASCII letter or digit only match at word boundaries.
//! Phrases that contain a negation cue ("开不了机", "登不上", "doesn't work") are matched whole,
//! so the cue inside them never negates anything.

/// A default subcategory: id, labels and lexicon.
pub struct SubDef {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub terms: &'static str,
}

pub struct CatDef {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub subs: &'static [SubDef],
}

macro_rules! sub {
    ($id:literal, $zh:literal, $en:literal, $t:expr) => {
        SubDef {
            id: $id,
            zh: $zh,
            en: $en,
            terms: $t,
        }
    };
}

pub const TAXONOMY: &[CatDef] = &[
    CatDef {
        id: "account",
        zh: "账户登录",
        en: "Account & login",
        subs: &[
            sub!(
                "login_failed",
                "登录失败",
                "Login failed",
                "登录=1.5|登陆=1.5|登录的时候=2.5|登录时=2.5|登录老是=3|登录一直=3|登入=1.5|登录失败=3|登录不了=3|登不上=3|登不进=3|登不进去=3|无法登录=3|不能登录=3|没法登录=3|登录不上=3|上不了号=3|进不去=1.5|密码错误=2.5|密码不对=2.5|账号或密码错误=3|掉线=1.5|自动退出=2.5|被踢下线=3|退出登录=1.5|闪退登录=1|\
log in*=1.5|login*=1.5|logging in=1.5|sign in=1.5|signing in=1.5|logged out=3|log me out=3|logs me out=3|kicked out=2.5|can't log=3|cannot log=3|can't sign in=3|cannot sign in=3|unable to log=3|unable to sign in=3|won't let me log=3|won't let me sign=3|incorrect password=2.5|wrong password=2.5|login fail*=3|2fa=1.5"
            ),
            sub!(
                "registration",
                "注册",
                "Registration",
                "注册=2.5|注册不了=3|注册失败=3|无法注册=3|开户=2|新账号=1.5|创建账号=2.5|手机号已被注册=3|已被注册=3|\
register*=2.5|registration=2.5|sign up=2.5|signing up=2.5|signup=2.5|create an account=2.5|creating an account=2.5|new account=1.5|already registered=3|already in use=2"
            ),
            sub!(
                "password_reset",
                "密码/验证码",
                "Password & verification code",
                "密码=1|忘记密码=3|忘了密码=3|密码忘了=3|找回密码=3|重置密码=3|改密码=2.5|修改密码=2.5|登录密码=2.5|找回=1.5|验证码=1.5|收不到验证码=2.5|没收到验证码=2.5|验证码收不到=2.5|\
password=1.5|forgot*=1.5|reset*=1.5|password reset=3|reset my password=3|reset password=3|verification code=2|verification email=2|one-time code=2|otp=1.5|2fa code=2|sms code=2"
            ),
            sub!(
                "account_security",
                "账号安全",
                "Account security",
                "盗号=3.5|被盗=3|号被盗=3.5|被人登录=3|异常登录=3|陌生设备=2.5|异地登录=3|账号安全=2.5|被冻结=2.5|冻结=2|封号=2.5|被封=2.5|被黑=3|盗刷=3|有人登了我的=3|不是我本人=2|不是我操作=2.5|\
hack*=3.5|stolen=2.5|compromised=3|unauthori*=3|suspicious login=3|suspicious activity=3|someone else logged=3|someone logged into=3|locked out=2|account locked=2.5|account suspended=2.5|banned=2|frozen=1.5|phishing=2.5"
            ),
            sub!(
                "profile_change",
                "资料修改",
                "Profile change",
                "昵称=2.5|头像=2.5|个人资料=2.5|个人信息=2|绑定邮箱=2.5|绑定手机=2.5|换绑=3|解绑=2.5|改手机号=2.5|更换手机号=2.5|改名=2|用户名=1.5|修改资料=3|注销=2.5|注销账号=3|实名认证信息=2|\
profile=2|nickname=2.5|username=2|user name=2|display name=2.5|avatar=2.5|profile picture=2.5|change my email=2.5|update my email=2.5|change my phone number=2.5|email address on my account=2.5|delete my account=2.5|close my account=2.5"
            ),
        ],
    },
    CatDef {
        id: "order",
        zh: "订单",
        en: "Orders",
        subs: &[
            sub!(
                "order_status",
                "订单状态",
                "Order status",
                "订单状态=3|订单进度=3|订单信息=1.5|订单显示=2|待确认=2.5|待付款=2|待处理=1.5|处理中=1.5|审核中=1.5|订单怎么=1.5|我的订单=1|订单被取消=2.5|订单消失=2.5|\
order status=3|status of my order=3|my order=1|order still shows=2.5|order says=1.5|pending=1.5|processing=1.5|order confirmation=2|confirmation email=1.5|was my order=1.5"
            ),
            sub!(
                "order_change",
                "修改订单",
                "Order change",
                "改地址=3|修改地址=3|收货地址=2|地址写错=3|地址填错=3|写错了=1.5|填错了=1.5|改规格=3|改颜色=3|改尺码=3|修改订单=3|更改订单=3|能改=1.5|改一下=1.5|改成=1.5|换个地址=2.5|加一件=2|合并订单=2.5|备注=1|\
change the colo*=3|change the size=3|change the address=3|change my address=3|change the shipping address=3|change my order=3|modify my order=3|update my order=3|update the address=3|wrong address=2.5|shipping address=2.5|update the shipping address=3.5|delivery address=2.5|edit my order=3|add an item=2|add another=1.5|change*=1"
            ),
            sub!(
                "order_cancel",
                "取消订单",
                "Order cancellation",
                "取消订单=3.5|订单取消=2.5|取消=2|撤销订单=3|不想要了=2|不要了=1.5|退订=2.5|拍错了=2|\
cancel*=2.5|cancel my order=3.5|cancel the order=3.5|cancellation=2.5|don't want it anymore=2|ordered by mistake=2"
            ),
            sub!(
                "order_placement",
                "下单失败",
                "Order placement",
                "下单=1.5|下不了单=3.5|无法下单=3.5|下单失败=3.5|不能下单=3.5|提交订单=2.5|提交不了=2.5|订单提交=2.5|结算=1.5|结算不了=3|购物车=1.5|加入购物车=2|拍不了=3|\
checkout=2|check out=1.5|place an order=2|place my order=2|placing an order=2|placing my order=2|can't place=3.5|cannot place=3.5|unable to place=3.5|order won't go through=3.5|order fail*=3|add to cart=2|cart=1.5"
            ),
        ],
    },
    CatDef {
        id: "payment",
        zh: "账单支付",
        en: "Billing & payment",
        subs: &[
            sub!(
                "payment_failed",
                "支付失败",
                "Payment failed",
                "支付失败=3.5|付款失败=3.5|付不了款=3.5|付不了=3|支付不了=3.5|无法支付=3.5|不能支付=3.5|没法付款=3.5|支付不成功=3.5|付款不成功=3.5|余额不足=2.5|支付=1.5|付款=1.5|银行卡=1|信用卡=1|微信支付=1.5|支付宝=1.5|交易失败=3|扫码付=1.5|付款的时候=2.5|支付的时候=2.5|支付页面=3|付款页面=3|银行页面=3|\
payment fail*=3.5|payment declined=3.5|card declined=3.5|card was declined=3.5|declined=2.5|payment error=3.5|can't pay=3.5|cannot pay=3.5|unable to pay=3.5|payment won't go through=3.5|payment didn't go through=3.5|transaction fail*=3|paypal=1.5|credit card=1|insufficient funds=2.5|payment=1.5|pay=1"
            ),
            sub!(
                "refund",
                "退款",
                "Refund",
                "退款=3|退钱=3|退费=2.5|退款失败=3.5|退款到账=3|到账=1.5|没退=2.5|还没退=3|钱退到=2.5|原路退回=2.5|退款进度=3|退回来=2|\
refund*=3|money back=3|reimburse*=2.5|credited back=2.5|get my money=2.5"
            ),
            sub!(
                "invoice",
                "发票",
                "Invoice",
                "发票=3.5|开票=3|电子发票=3.5|专票=3|普票=3|增值税=2.5|税号=2.5|抬头=2|收据=2.5|报销=2|\
invoice*=3.5|receipt*=3|vat=2.5|tax number=2.5|tax id=2.5|billing statement=2.5|billing address=1.5"
            ),
            sub!(
                "charge_dispute",
                "扣费异常",
                "Charge dispute",
                "扣费=2.5|扣款=2.5|扣钱=2.5|扣了两次=3.5|两次钱=3.5|重复扣=3.5|重复扣款=3.5|多扣=3.5|多收=3|乱扣=3.5|扣了我=2.5|被扣=2.5|自动扣费=3|自动续费=3|乱收费=3.5|收费不对=3|金额不对=3|价格不对=2|莫名其妙扣=3.5|扣费异常=3.5|\
charged twice=3.5|double charge*=3.5|double-charge*=3.5|charged me twice=3.5|billed twice=3.5|overcharg*=3.5|extra charge=3|unknown charge=3|unauthorized charge=3.5|charged=2|charge on my card=3|wrong amount=3|auto-renew*=3|subscription fee=2.5|didn't authori*=3|billed=2"
            ),
        ],
    },
    CatDef {
        id: "logistics",
        zh: "物流配送",
        en: "Shipping & delivery",
        subs: &[
            sub!(
                "delivery_delay",
                "配送延迟",
                "Delivery delay",
                "发货=2|没发货=3|未发货=3|还没发货=3.5|不发货=3|什么时候发货=3|迟迟=1.5|延迟=2|延误=2.5|还没到=3|还没送到=3|没送到=2.5|快递还没到=3.5|还没收到货=3|没收到货=3|送货太慢=3|太慢了=1.5|几天了还=2|催发货=3|送达=1.5|配送=1.5|派送=1.5|多久能到=2.5|什么时候能到=2.5|什么时候到=2|几天能到=2.5|\
ship*=1.5|hasn't shipped=3.5|has not shipped=3.5|not shipped=3|hasn't arrived=3.5|has not arrived=3.5|not arrived yet=3.5|still not here=3|still waiting for=2.5|late=2|delay*=2.5|when will it arrive=3|when will my order arrive=3|when will it ship=3|arrive=1.5|delivery date=2|delivery=1|overdue=2.5|taking forever=2.5"
            ),
            sub!(
                "tracking",
                "物流查询",
                "Tracking",
                "物流=2|物流信息=3|物流不动了=3.5|物流不动=3.5|没动了=3|不动了=3|没动静=2.5|物流停了=3.5|不更新=2.5|没更新=2.5|停在=2|查物流=3.5|查快递=3.5|快递单号=3.5|运单号=3.5|单号=2.5|物流单号=3.5|到哪了=3|到哪里了=3|在哪里了=2|转运=2|中转=2|派件=2|揽收=2.5|快递=1.5|\
track*=3|tracking number=3.5|tracking info*=3.5|where is my package=3.5|where is my order=3|where's my package=3.5|where's my order=3|not updated=2.5|hasn't updated=3|no update*=2|stuck in=2.5|stuck at=2.5|courier=1.5|carrier=1.5|shipment=1.5|in transit=2.5|package=1"
            ),
            sub!(
                "package_damaged",
                "包裹破损",
                "Damaged package",
                "破损=3|!包装破损=3.5|包装破=3|!外包装=1.5|盒子破=3|箱子破=3|压坏=3|压扁=3|摔坏=3|碎了=3|!破了=2|!漏了=2|漏液=2.5|撕开=1.5|被拆过=3|拆过=2|变形=2|!磕碰=2.5|凹陷=2.5|划痕=1.5|\
!damaged=3|!crushed=3|!broken in transit=3.5|arrived broken=3.5|!smashed=3|!dented=2.5|torn=2|!leak*=2|box was open*=3|opened before=2.5|cracked=2|shattered=3"
            ),
            sub!(
                "lost_or_wrong_item",
                "丢件/错发/漏发",
                "Lost or wrong item",
                "丢件=3.5|丢了=2.5|快递丢了=3.5|包裹丢了=3.5|丢失=2.5|错发=3.5|发错=3.5|发错了=3.5|寄错=3.5|漏发=3.5|少发=3.5|少了一件=3|没收到=2|显示签收=3.5|显示已签收=3.5|已签收=2.5|签收了=2.5|被人签收=3.5|不是我买的=3|不是我要的=3|颜色不对=2.5|尺码不对=2.5|型号不对=2.5|货不对板=3.5|收到的是=2.5|寄过来的是=3|发过来的是=3|寄来的是=3|买的是=1|\
lost=2.5|lost in transit=3.5|never arrived=3.5|never received=3.5|didn't receive=3|did not receive=3|haven't received=3|not received=3|shows delivered=3.5|marked as delivered=3.5|says delivered=3.5|said delivered=3.5|nothing at my door=3|wrong item=3.5|wrong size=2.5|wrong colo*=2.5|wrong product=3.5|wrong one=3|sent the wrong=3.5|received the wrong=3.5|got the wrong=3.5|not what i ordered=3.5|instead of=2|and got a=2|but got=2|but received=2|i ordered=1|items missing=3|item missing=3|missing item=3|missing from my order=3|stolen package=3"
            ),
        ],
    },
    CatDef {
        id: "product",
        zh: "产品使用",
        en: "Product usage",
        subs: &[
            sub!(
                "how_to",
                "使用指导",
                "How-to",
                "怎么用=3|怎么使用=3|如何使用=3|怎么设置=3|如何设置=3|怎么调=3|怎么开启=3|怎么关闭=3|怎么打开=3|怎么连接=3|怎么安装=3|怎么操作=1.5|调大=2.5|调小=2.5|调高=2|调低=2|怎么把=1.5|使用方法=3|说明书=2.5|教程=2.5|操作=1.5|设置=1.5|功能=1|模式=1.5|调成=2|调到=2|切换=1.5|不会用=3|不会操作=3|在哪里设置=3|连接=1|安装=1.5|配对=2|激活=1.5|用法=2.5|\
how do i=2.5|how to=2|how can i=2.5|how does=2|how do you=2|set up=2|setup=2|settings=1.5|setting=1.5|configure=2|instructions=2.5|manual=2|tutorial=2.5|turn on=1|turn off=1.5|enable=1.5|disable=1.5|pair*=2|connect*=1|install*=1.5|where do i find=2.5|where can i find=2|mode=1.5|feature=1"
            ),
            sub!(
                "hardware_fault",
                "硬件故障",
                "Hardware fault",
                "开不了机=4|开不开机=4|无法开机=4|不能开机=4|开机没反应=4|开机黑屏=4|打不开=2.5|不开机=4|!坏了=2|!坏=1.5|!故障=2|黑屏=3|花屏=3|屏幕=1.5|充不进电=3.5|充不了电=3.5|不充电=3.5|充电没反应=3.5|充电=1|电池=1.5|掉电=3|耗电快=2.5|发烫=3|过热=3|没声音=3|没有声音=3|杂音=2.5|异响=3|按键失灵=3.5|失灵=3|不亮=3|不转=3|自动关机=3.5|重启=1.5|反复重启=3.5|死机=3|没反应=2|没有任何反应=3|没有反应=2.5|冒烟=3.5|冒火花=3.5|起火=3.5|着火=3.5|烧焦=3.5|漏电=3.5|触电=3.5|电到=2.5|爆炸=3.5|鼓包=3.5|进水=2.5|摄像头=1.5|麦克风=1.5|耳机=1|电源键=2|电源=1|坏掉=2|用不了=1.5|\
!broken=2|!broke=2|won't turn on=4|will not turn on=4|doesn't turn on=4|does not turn on=4|won't power on=4|won't start=3.5|won't boot=4|dead=2|no power=3.5|won't charge=3.5|not charging=3.5|doesn't charge=3.5|stopped working=3|not working=2|doesn't work=2|does not work=2|isn't working=2|stopped responding=2|!faulty=2.5|!malfunction*=2.5|black screen=3|blank screen=3|screen=1.5|battery=1.5|overheat*=3|too hot=2.5|no sound=3|buzzing=2.5|button=1.5|smoke=3.5|smoking=3.5|sparks=3.5|sparking=3.5|caught fire=3.5|on fire=3.5|burning smell=3.5|burnt=3|electric shock=3.5|shocked me=3.5|exploded=3.5|swollen=3|keeps restarting=3.5|reboot*=1.5|camera=1|speaker=1.5|charger=1|device=1|hardware=2"
            ),
            sub!(
                "software_fault",
                "软件故障",
                "Software fault",
                "闪退=4|卡死=3.5|卡顿=3|很卡=3|太卡=3|卡住=2.5|卡在=2|报错=3.5|错误代码=3.5|错误提示=3|提示错误=3|出错=3|白屏=3|加载不出来=3.5|加载失败=3.5|打不开app=3.5|页面打不开=3.5|!bug=3|崩溃=3|崩了=3|升级失败=3.5|更新失败=3.5|更新后=2|升级后=2|固件=2|系统=1|软件=1.5|app=1|应用=1|版本=1|转圈=2|数据丢失=3|同步失败=3|无响应=3|\
crash*=4|freez*=3.5|froze=3.5|frozen screen=3.5|hangs=2.5|lag*=2|error=3|error code=3.5|error message=3.5|glitch*=3|!bug*=3|won't load=3.5|doesn't load=3|not loading=3|keeps loading=3|spinning=2|won't open=3.5|doesn't open=3|after the update=3|after updating=3|update fail*=3.5|firmware=2|software=1.5|the app=1.5|sync*=2|data loss=3|lost my data=3|my data=2|restore*=2|nothing loads=1.5"
            ),
            sub!(
                "compatibility",
                "兼容性",
                "Compatibility",
                "兼容=3.5|不兼容=3.5|适配=3|适用于=2.5|适用=2|能不能用在=3|能用在=3|支持苹果=3|支持安卓=3|支持iphone=3|支持ios=3|支持mac=3|支持win=3|通用吗=3|能连=2|连不上=2.5|识别不了=2.5|识别不到=2.5|苹果手机=1.5|安卓=1.5|接口=2|型号=1|\
compatib*=4|work with=2.5|works with=2.5|fit my=2|fit the=2|fits the=2|will it fit=3|will this fit=3|support my=2|supports=1.5|android=1.5|iphone=1.5|ios=1.5|windows=1.5|macos=1.5|mac=1|adapter=2|usb-c=1.5|version of=1"
            ),
            sub!(
                "missing_parts",
                "缺少配件",
                "Missing parts",
                "少配件=4|缺配件=4|配件=2.5|少了个配件=4|少了配件=4|缺少=2.5|少了=1.5|没有附带=3|没带=2|少个=2|少一个=2|缺了=2.5|缺个=2.5|少了一个=2.5|螺丝=2|充电线=2|数据线=2|说明书都没有=2.5|遥控器=2|赠品=2|没有赠品=3|\
missing*=2.5|missing part*=4|accessor*=2.5|didn't come with=3.5|did not come with=3.5|wasn't included=3.5|not included=3|no cable=3|no charger=3|no manual=2.5|screws=2|remote control=1.5|the box was missing=4|parts=1.5|free gift=2"
            ),
            sub!(
                "quality_defect",
                "质量问题",
                "Quality defect",
                "质量=2.5|质量问题=3.5|质量差=3.5|质量太差=3.5|做工=3|做工差=3.5|瑕疵=3.5|掉色=3.5|褪色=3|起球=3.5|开线=3.5|开胶=3.5|脱胶=3.5|异味=3|有味道=2.5|色差=3|裂了=2.5|裂开=2.5|裂缝=2.5|生锈=3|断了=2.5|次品=3.5|假货=3.5|劣质=3.5|跟图片不一样=3|和描述不符=3|与描述不符=3|用了几天就=3|没用几天就=3|才用了=2|松动=2.5|\
quality=2.5|poor quality=3.5|bad quality=3.5|cheap*=1.5|defect*=3.5|flaw*=3|peeling=3|fraying=3|ripped=2.5|torn apart=3|cracked after=3|rust*=2.5|fake=3|counterfeit=3.5|fell apart=3.5|came apart=3.5|coming apart=3.5|stitching=2.5|seams=2|falling apart=3.5|stopped after=2|not as described=3|doesn't match the description=3|smells=2.5|stain*=2.5|loose=2"
            ),
        ],
    },
    CatDef {
        id: "after_sales",
        zh: "售后退换",
        en: "Returns & warranty",
        subs: &[
            sub!(
                "return",
                "退货",
                "Return",
                "退货=2.5|申请退货=3.5|我要退货=3.5|想退货=3.5|退掉=3|退回=2.5|退了=2|能退吗=3|可以退吗=3|退货地址=3|寄回=2.5|退货退款=3.5|\
return*=2.5|return label=3.5|send it back=3.5|doesn't suit=2|send back=3|sending it back=3|rma=3|doesn't fit=1.5|don't want it=1.5"
            ),
            sub!(
                "exchange",
                "换货",
                "Exchange",
                "换货=3.5|换一个=2.5|换个=2|想换=3|换新=3|换大=3.5|换小=3.5|大一码=3|小一码=3|换码=3.5|换尺码=3.5|换颜色=3|换一件=3|能换吗=3|可以换吗=3|偏大=2|偏小=2|小了=1.5|大了=1.5|\
exchange*=3.5|swap*=3|replacement=2.5|replace it=2.5|different size=3|larger size=3|smaller size=3|bigger size=3|size up=3|size down=3|too small=2|too big=2|too large=2"
            ),
            sub!(
                "warranty_repair",
                "保修维修",
                "Warranty repair",
                "保修=2|保修期内=3.5|在保修期=3.5|保内=3|维修=3|修理=3|返修=3.5|送修=3.5|去哪修=3.5|修好=2.5|修一下=3|修吗=3|维修点=3.5|售后网点=3.5|维修进度=3.5|寄修=3.5|上门维修=3.5|免费修=3.5|\
warranty=2|under warranty=3.5|warranty claim=3.5|repair*=3|fix it=2|get it fixed=3|service center=3|service centre=3|send it for repair=3.5"
            ),
            sub!(
                "policy_question",
                "售后政策",
                "Returns & warranty policy",
                "运费=2.5|出运费=3.5|运费险=3.5|谁出运费=3.5|运费谁出=3.5|退货政策=3.5|退换货政策=3.5|售后政策=3.5|保修政策=3.5|保修多久=3.5|保修期多长=3.5|保修几年=3.5|保修范围=3.5|质保多久=3.5|质保=2|保修期=2.5|保修期是=3|保不保=3|人为损坏=3|七天无理由=3.5|包括=1|拆封=1|几天内=2.5|多少天内=3|无理由=2.5|包邮吗=2|规则=1.5|政策=1|\
return policy=3.5|refund policy=3.5|warranty policy=3.5|warranty period=3.5|is the warranty=3.5|does the warranty=3.5|how long is the warranty=3.5|warranty cover*=3.5|covered by=2.5|return shipping=3.5|pay for return=3.5|pay for shipping=3|restocking fee=3.5|within how many days=3|days to return=3|policy=1.5|international=1"
            ),
        ],
    },
    CatDef {
        id: "service",
        zh: "服务体验",
        en: "Service experience",
        subs: &[
            sub!(
                "attitude",
                "服务态度",
                "Attitude",
                "态度=3.5|态度差=4|态度不好=4|态度恶劣=4|客服=1|不耐烦=3.5|爱买不买=4|爱理不理=4|凶=2|骂人=3.5|挂我电话=3.5|挂电话=3|敷衍=3|冷漠=3|不礼貌=3.5|阴阳怪气=3.5|没礼貌=3.5|语气=2.5|嘲笑=3|服务差=3|\
rude*=3.5|attitude=3.5|unprofessional=3.5|impolite=3.5|disrespectful=3.5|hung up on me=3.5|yelled=3|condescending=3.5|dismissive=3|agent=1|representative=1|staff=1|support team=1"
            ),
            sub!(
                "slow_response",
                "响应慢",
                "Slow response",
                "没人回复=4|没人回=4|没人理=4|没有人回复=4|不回复=3.5|不回消息=3.5|没回复=3.5|回复慢=4|回复太慢=4|回得慢=4|等了半天=3|一直等=2|排队=2|人工客服=2|转人工=2.5|打不通=3.5|没人接=3.5|联系不上=3|找不到人=3|没人处理=3|石沉大海=4|\
no response=3.5|no reply=3.5|no one replied=3.5|no one has replied=3.5|nobody replied=3.5|nobody has replied=3.5|no one responded=3.5|nobody responded=3.5|nobody has responded=3.5|no one has responded=3.5|haven't heard back=3.5|not heard back=3.5|never heard back=3.5|still waiting for a reply=4|waiting for a response=3|slow to respond=4|slow response=4|on hold=2.5|can't reach=3|cannot reach=3|no answer=3|respond*=1.5|reply=1.5|replied=1.5|my ticket=1.5|my email=1|nobody=1.5"
            ),
            sub!(
                "process",
                "流程推诿",
                "Process",
                "踢皮球=4|推诿=4|推卸=3.5|互相推=3.5|来回推=4|推来推去=4|转来转去=4|部门=2|没人负责=3.5|流程=2.5|手续=2|太麻烦=2.5|麻烦死=3|繁琐=3|重复提交=3|反复提交=3|让我等=2|一直让我=2.5|每次都让我=3|又让我=2.5|要我提供=2|说法不一=3.5|重新说=3|重新提交=3|又要=1.5|每次都=2|再说一遍=3|重新说一遍=3.5|谁管=3|到底谁管=3.5|找售后=1.5|\
runaround=4|run around=3.5|passed around=4|transferred=2.5|bounced between=4|another department=3.5|different department=3.5|department=2|process=2|procedure=2|paperwork=2.5|too complicated=2.5|same information again=3|explain again=3|over and over=2.5|nobody takes responsibility=3.5|no one takes responsibility=3.5"
            ),
            sub!(
                "praise",
                "表扬",
                "Praise",
                "谢谢=2|感谢=2.5|非常感谢=3|多谢=2.5|点赞=3.5|好评=3|表扬=3.5|耐心=3|很有耐心=3.5|专业=1.5|热情=2.5|给力=3|满意=2|很满意=3|辛苦了=3|解决了=1.5|服务很好=3.5|服务好=3|棒=2|赞=1.5|不错=2|好用=1.5|\
thank*=2|thx=2|appreciate*=2.5|great service=3.5|excellent=3|awesome=2.5|amazing=2.5|helpful=3|patient=3|kind=2|friendly=2.5|love it=2.5|well done=3|kudos=3.5|shout out=3|solved=1.5|resolved my=2|great job=3.5|satisfied=2"
            ),
        ],
    },
    CatDef {
        id: "presales",
        zh: "售前咨询",
        en: "Pre-sales",
        subs: &[
            sub!(
                "product_info",
                "产品信息",
                "Product information",
                "参数=3|规格=2|尺寸=3|尺码表=3|材质=3|颜色=2|黑色=1.5|白色=1.5|多大=2|多重=2.5|重量=2.5|容量=2.5|续航=2.5|配置=2|区别=3|有什么不同=3|哪个好=3|哪款=2.5|这款=1.5|正品吗=3|产地=3|保质期=3|功率=2.5|防水吗=3|有没有=1|\
spec*=2.5|dimension*=3|size chart=3|material=2.5|made of=2.5|weight=2|how big=2.5|how heavy=2.5|capacity=2.5|battery life=2.5|difference between=3|which one=2|does this model=2.5|does it come with=3|come with=2|comes with=2|waterproof=2.5|available in=2|colors=2|colours=2|this model=1.5"
            ),
            sub!(
                "price_promotion",
                "价格优惠",
                "Price & promotion",
                "优惠=3.5|优惠券=4|优惠码=4|折扣=3.5|打折=3.5|活动=2|满减=4|促销=3.5|降价=3|便宜=2.5|多少钱=3|价格=2.5|价钱=2.5|保价=3.5|差价=3|会员价=3.5|团购=3|秒杀=3|双十一=3|双11=3|618=2.5|赠品吗=2.5|包邮=2|\
discount*=3.5|coupon*=4|promo*=3.5|promotion*=3.5|sale=2|on sale=3|deal*=2|price*=2.5|cheaper=2.5|how much=3|black friday=3|price match=3.5|price drop=3.5|voucher*=3.5|bundle=2"
            ),
            sub!(
                "stock",
                "库存",
                "Stock",
                "库存=3.5|有货=3|无货=3.5|缺货=4|没货=3.5|断货=4|补货=4|到货=2|现货=3.5|预售=3|售罄=4|卖完了=3.5|什么时候有货=4|还有吗=2|\
stock=3|in stock=4|out of stock=4|restock*=4|back in stock=4|sold out=4|available again=3|pre-order=3|preorder=3|backorder*=3.5|inventory=3"
            ),
        ],
    },
    CatDef {
        id: "external",
        zh: "外部环境",
        en: "External causes",
        subs: &[
            sub!(
                "network_outage",
                "网络/第三方故障",
                "Network or third-party outage",
                "运营商=3|网络故障=3.5|断网=3.5|没网=3|网络不好=3|信号不好=3|没信号=3|离线=2|网络=1.5|宽带=2.5|服务器=2|第三方=2.5|银行系统=3|支付宝维护=3.5|微信维护=3.5|维护=2|在维护=3.5|维护中=3.5|系统维护=3.5|大面积=2.5|都用不了=2.5|宕机=3|\
outage=3|network=1.5|internet=2|wifi=1.5|wi-fi=1.5|no signal=3|isp=3|carrier outage=3.5|cloud provider=3.5|provider=2|third-party=2.5|third party=2.5|server*=2|down for everyone=3.5|service is down=3|site is down=3|is down=2|maintenance=2|aws=3|offline=2"
            ),
            sub!(
                "regulation",
                "政策法规",
                "Regulation",
                "新政策=3.5|政策=1.5|新规=3.5|新规定=3.5|规定=2.5|法规=3.5|海关=3|清关=3.5|关税=3.5|实名=3|实名登记=3.5|实名制=3.5|身份证=1|监管=2.5|国家规定=3.5|法律规定=3.5|\
regulation*=3.5|new rule*=3|law=2.5|legal requirement=3.5|customs=3|import dut*=3.5|tariff*=3.5|government=2.5|compliance=3|gdpr=3|id verification=2.5|kyc=3"
            ),
            sub!(
                "force_majeure",
                "天气/灾害",
                "Weather or disaster",
                "台风=5|暴雨=5|大雪=5|暴雪=5|洪水=5|水灾=5|地震=5|疫情=3.5|封控=3.5|封城=5|天气=2.5|恶劣天气=5|停运=2.5|封路=3.5|自然灾害=5|冰雹=5|山火=5|\
flood*=5|storm*=3.5|hurricane*=5|typhoon*=5|snowstorm=5|blizzard=5|earthquake*=5|wildfire*=5|weather=2.5|natural disaster=5|lockdown=3.5|pandemic=3.5|road closure*=3.5|roads closed=3.5|strike=2"
            ),
        ],
    },
    CatDef {
        id: "other",
        zh: "其他",
        en: "Other",
        subs: &[
            sub!(
                "suggestion",
                "建议",
                "Suggestion",
                "建议=3|提个建议=4|希望增加=4|希望能=2.5|希望可以=2.5|能不能加=4|能不能增加=4|可以加个=4|增加一个=3|加个=2|增加=1.5|最好能=3|要是能=3|希望以后=3.5|希望你们=3|能不能支持=3.5|希望能支持=4|如果能=2.5|改进=3|优化=2.5|新功能=3|意见=2|\
suggest*=3.5|would be nice=4|would be great=4|it'd be great=4|would love=2.5|feature request=4|please add=4|could you add=4|you should add=4|wish=2|improve*=2.5|recommend adding=4|idea=2|add an option=4|add a=1.5|option to=2"
            ),
            sub!(
                "partnership",
                "商务合作",
                "Partnership",
                "合作=3.5|商务合作=4|谈合作=4|对接=2.5|对接人=3|代理=3|加盟=4|经销=3.5|分销=3.5|批发=3.5|采购=2.5|渠道=2|供应商=3|入驻=3|招商=3.5|联名=3|\
partner*=3.5|partnership=4|reseller*=4|distribut*=3|wholesale=3.5|bulk order=3|collaborat*=3.5|business inquiry=3.5|b2b=3|sponsor*=3|affiliate=3|supplier=3|vendor=2"
            ),
        ],
    },
];

/// Per-subcategory behaviour: nature without / with a question cue (C consultation, P complaint,
/// S suggestion, R repair_request), negative-emotion prior, base priority (1..4).
/// Unknown (custom) subcategories use `DEFAULT_BEHAVIOUR`.
pub const BEHAVIOUR: &[(&str, u8, u8, f32, u8)] = &[
    ("login_failed", b'R', b'R', 0.5, 2),
    ("registration", b'R', b'C', 0.3, 3),
    ("password_reset", b'R', b'C', 0.2, 3),
    ("account_security", b'R', b'C', 1.0, 3),
    ("profile_change", b'C', b'C', 0.0, 4),
    ("order_status", b'C', b'C', 0.0, 3),
    ("order_change", b'C', b'C', 0.0, 3),
    ("order_cancel", b'C', b'C', 0.0, 3),
    ("order_placement", b'R', b'R', 0.4, 3),
    ("payment_failed", b'R', b'R', 0.4, 3),
    ("refund", b'P', b'C', 0.2, 3),
    ("invoice", b'C', b'C', 0.0, 4),
    ("charge_dispute", b'P', b'P', 1.0, 3),
    ("delivery_delay", b'P', b'C', 0.4, 3),
    ("tracking", b'C', b'C', 0.2, 3),
    ("package_damaged", b'P', b'P', 1.0, 3),
    ("lost_or_wrong_item", b'P', b'P', 0.3, 3),
    ("how_to", b'C', b'C', 0.0, 4),
    ("hardware_fault", b'R', b'R', 0.5, 3),
    ("software_fault", b'R', b'R', 0.5, 3),
    ("compatibility", b'C', b'C', 0.0, 4),
    ("missing_parts", b'P', b'P', 0.0, 3),
    ("quality_defect", b'P', b'P', 0.6, 3),
    ("return", b'C', b'C', 0.0, 3),
    ("exchange", b'C', b'C', 0.0, 3),
    ("warranty_repair", b'R', b'C', 0.0, 3),
    ("policy_question", b'C', b'C', 0.0, 4),
    ("attitude", b'P', b'P', 0.8, 3),
    ("slow_response", b'P', b'P', 0.8, 3),
    ("process", b'P', b'P', 0.6, 3),
    ("praise", b'C', b'C', 0.0, 4),
    ("product_info", b'C', b'C', 0.0, 4),
    ("price_promotion", b'C', b'C', 0.0, 4),
    ("stock", b'C', b'C', 0.0, 4),
    ("network_outage", b'R', b'C', 0.3, 3),
    ("regulation", b'C', b'C', 0.0, 4),
    ("force_majeure", b'C', b'C', 0.0, 3),
    ("suggestion", b'S', b'S', 0.0, 4),
    ("partnership", b'C', b'C', 0.0, 4),
];
pub const DEFAULT_BEHAVIOUR: (u8, u8, f32, u8) = (b'C', b'C', 0.0, 3);

/// Negation cues (NegEx-style). Their scope runs to the next clause break or a few chars/words.
pub const NEG_CUES: &str = "不|没|没有|无|未|别|非|并非|不是|并没有|从没|从来没|从未|毫无|\
not|no|never|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|won't|can't|cannot|couldn't|shouldn't|wouldn't|without|neither|nor";

/// Phrases that contain a negation cue but negate nothing (questions, idioms, inability).
pub const PSEUDO_NEG: &str = "是不是|有没有|能不能|会不会|可不可以|要不要|行不行|好不好|对不对|是否|不错|没问题|再不|如果不|要是不|否则|if not|if it's not|if it is not|if you don't|unless|不好意思|不知道|不管|不用|不客气|\
无论|无法|不能|没法|不了|不上|不到|不动|不进|不行|不然|要不然|差不多|不仅|不但|不少|不停|不断|非常|无语|\
not only|no matter|no problem|not sure|no idea|no worries|no rush|not a big deal";

/// Phrases that look like topic terms but are not ("发错人了" is a wrong chat, not a wrong item):
/// they hide any lexicon term inside them.
pub const NOT_TOPIC: &str = "发错人|发错了人|找错人|发错地方|问错人|wrong chat|wrong person|wrong window|wrong number|wrong thread";

/// Words that close a negation scope ("没坏，只是…", "not broken, but …").
pub const SCOPE_BREAKS: &str = "但|但是|只是|就是|而是|可是|不过|然而|而且|并且|还有|另外|but|however|although|though|just|only|and";

/// Request cues: the clause that holds one is what the customer asks us to act on.
pub const REQUEST_CUES: &str = "要求|请|请问|帮我|帮忙|麻烦|能不能|能否|可以吗|可不可以|怎么|如何|我要|我想|想要|希望|给我|尽快|赶紧|需要|申请|\
want|please|need|can you|could you|can i|how do|how can|i'd like|i would like|help me|asap|immediately";

/// Question cues → consultation.
pub const QUESTION_CUES: &str = "吗|?|怎么|如何|什么|为什么|为啥|哪里|哪儿|在哪|去哪|哪家|哪个|多少|多久|几天|是否|是不是|有没有|能不能|可不可以|请问|想问|想知道|咨询|\
how|what|when|where|which|why|is it|is there|are there|can i|could i|do you|does it|does this|do i|is this|any|wondering";

/// Fault cues: a topic that is normally a question ("头像") becomes a repair request when it
/// does not work ("头像上传不了") and no question is asked.
pub const FAULT_CUES: &str = "不了|失败|无法|不能|没法|报错|出错|异常|can't|cannot|unable to|won't|doesn't work|not working|error|fail*";

/// Suggestion cues → nature suggestion.
pub const SUGGEST_CUES: &str = "建议|希望增加|希望能|希望可以|能不能加|能不能增加|可以加个|最好能|要是能|如果能|改进|提个意见|\
suggest|would be nice|would be great|it'd be great|feature request|please add|could you add|you should add|recommend adding";

/// Complaint cues → nature complaint (rhetorical questions count here, not as consultation).
pub const COMPLAIN_CUES: &str = "投诉|到底|还没修好|还没解决|还没处理|怎么回事|怎么搞的|搞什么|什么情况|太差|差评|不满|坑|骗|欺骗|失望|离谱|过分|无语|不合理|凭什么|给个说法|\
complain*|complaint|still not fixed|still not resolved|unacceptable|ridiculous|terrible|awful|disappoint*|outrageous|what's going on|fed up|worst";

/// Angry cues with weights (≥ 2 in total = angry). `!!!` and shouting in capitals are detected in code.
pub const ANGRY_CUES: &str = "垃圾=2|骗子=2|骗钱=2|坑人=2|坑爹=2|滚=2|妈的=2|tmd=2|尼玛=2|傻逼=2|sb=2|脑残=2|废物=2|破玩意=2|什么破=2|气死=2|恶心=2|太过分=2|欺负人=2|态度太差=2|态度极差=2|爱买不买=1|\
受够了=2|什么服务态度=2|什么态度=2|最后一次=1.5|再不=1|催了好几次=2|催了很多次=2|催了n次=2|说了多少遍=2|到底要=1|立刻=1|马上=0.7|\
scam*=2|fraud*=2|idiot*=2|stupid=2|useless=1.5|worst=1.5|pathetic=2|disgusting=2|bullshit=2|wtf=2|damn=2|shit=2|fed up=2|sick of=2|do something=1.5|unacceptable=1.5|immediately=0.7|last time=1";

/// Negative-emotion cues with weights (≥ 1 in total, with the subcategory prior, = negative).
pub const NEGATIVE_CUES: &str = "一直=0.8|老是=0.8|总是=0.6|说好=1|都第=0.5|到现在=0.6|催=0.6|都没=0.5|换了=0.5|就算了=0.8|尽快=0.6|吓人=1|可怕=1|吓死=1|根本=1|还没=0.6|还是=0.5|又=0.5|已经=0.5|明明=1|到底=1|失望=1|着急=1|急用=1|担心=1|怕=0.6|烦=1|无语=1|郁闷=1|崩溃=1|受不了=1|太差=1|不行=0.6|都不行=0.8|也一样=0.6|还不=0.6|好几次=0.8|好几天=0.8|天了=0.5|周了=0.5|礼拜了=0.5|个月了=0.5|怎么回事=1|为什么=0.4|坏了=0.4|危险=1|居然=0.8|竟然=0.8|不更新=0.5|没更新=0.5|不动了=0.5|没有任何=0.5|没任何=0.5|没人=0.6|白白=0.8|耽误=1|浪费=1|\
still=0.8|again=0.7|keep*=0.8|nobody=0.6|never=0.8|kept=0.8|even though=0.8|supposed to=1|at all=0.6|even=0.4|ridiculous=1|frustrat*=1|disappoint*=1|worried=1|annoy*=1|terrible=1|awful=1|upset=1|unhappy=1|nothing=0.8|days=0.4|weeks=0.6|in a week=0.5|dangerous=1|scared=1|urgent*=0.8|hours=0.4|already=0.5|every time=0.6";

/// "At all" cues: with a login or payment failure in the same clause they make it P1.
pub const AT_ALL_CUES: &str = "完全|根本|全部|所有|全都|一直都|怎么都|都无法|谁都|at all|completely|nobody can|no one can|none of|entirely";

/// Priority cues: (code, level, terms). Matched like topic terms and cancelled by negation.
pub const PRIORITY_CUES: &[(&str, u8, &str)] = &[
    (
        "safety",
        1,
        "冒烟|起火|着火|冒火花|打火|火花|烧焦|烧起来|漏电|触电|电到我|爆炸|炸了|受伤|烫伤|划伤|割伤|流血|住院|\
smoke|smoking|fire|sparks|sparking|burning smell|burnt|scorched|electric shock|shocked me|explode*|exploded|injur*|hurt my|burned my|hospital",
    ),
    (
        "outage",
        1,
        "宕机|服务器挂了|系统崩溃|全部用不了|全都用不了|都用不了|所有人都|大面积|全线|整个系统|服务中断|\
outage|site is down|service is down|system is down|down for everyone|everything is down|nobody can|no one can",
    ),
    (
        "data_loss",
        1,
        "数据丢失|数据全没了|资料全没了|记录全没了|数据没了|文件丢了|照片全没了|data loss|lost all my data|data is gone|data was deleted|lost my data|files are gone",
    ),
    (
        "account_stolen",
        1,
        "盗号|被盗|号被盗|被黑|盗刷|被人登录|hack*|stolen account|account was stolen|account stolen|compromised|unauthori*",
    ),
    (
        "regulator_threat",
        1,
        "12315|消协|消费者协会|工商|市场监管|监管部门|12345|银保监|consumer protection|consumer agency|regulator|ftc|bbb|better business bureau|attorney general|trading standards",
    ),
    (
        "media_threat",
        1,
        "曝光|媒体|记者|发微博|上热搜|发抖音|网上曝光|media|journalist|reporter|go public|social media",
    ),
    (
        "legal_threat",
        1,
        "起诉|律师|法院|告你们|打官司|报警|法律途径|sue|suing|lawsuit|lawyer|attorney|court|legal action|police",
    ),
    (
        "main_function_broken",
        2,
        "开不了机|开不开机|无法开机|不能开机|开机没反应|不开机|开机黑屏|won't turn on|will not turn on|doesn't turn on|does not turn on|won't power on|won't boot|won't start|no power",
    ),
    (
        "cannot_pay",
        2,
        "支付失败|付款失败|付不了款|付不了|支付不了|无法支付|不能支付|没法付款|支付不成功|付款不成功|交易失败|payment fail*|payment declined|card declined|card was declined|can't pay|cannot pay|unable to pay|payment won't go through|payment didn't go through",
    ),
    (
        "refund_failed",
        2,
        "退款失败|退款不成功|退不了款|refund fail*|refund was rejected|refund rejected",
    ),
    (
        "order_failed",
        2,
        "下不了单|无法下单|下单失败|不能下单|提交不了|结算不了|拍不了|can't place|cannot place|unable to place|order won't go through",
    ),
];

/// Tiers that count as VIP (compared case-insensitively); replaced by `config.priority.vipTiers`.
pub const VIP_TIERS: &[&str] = &[
    "vip",
    "svip",
    "gold",
    "platinum",
    "diamond",
    "enterprise",
    "premium",
    "key_account",
];

/// Priority reason messages (zh, en): `{t}` is the trigger term, `{l}` the resulting level.
pub const PRIORITY_MESSAGES: &[(&str, &str, &str)] = &[
    (
        "safety",
        "提到安全隐患「{t}」→ {l}",
        "mentions a safety hazard ({t}) → {l}",
    ),
    (
        "outage",
        "提到大范围故障「{t}」→ {l}",
        "mentions an outage ({t}) → {l}",
    ),
    (
        "data_loss",
        "提到数据丢失「{t}」→ {l}",
        "mentions data loss ({t}) → {l}",
    ),
    (
        "account_stolen",
        "提到账号被盗「{t}」→ {l}",
        "mentions a stolen account ({t}) → {l}",
    ),
    (
        "regulator_threat",
        "提到向监管部门投诉「{t}」→ {l}",
        "mentions a regulator complaint ({t}) → {l}",
    ),
    (
        "media_threat",
        "提到媒体曝光「{t}」→ {l}",
        "threatens to go to the media ({t}) → {l}",
    ),
    (
        "legal_threat",
        "提到法律途径「{t}」→ {l}",
        "threatens legal action ({t}) → {l}",
    ),
    (
        "cannot_login",
        "完全无法登录「{t}」→ {l}",
        "cannot log in at all ({t}) → {l}",
    ),
    (
        "cannot_pay",
        "无法支付「{t}」→ {l}",
        "cannot pay ({t}) → {l}",
    ),
    (
        "refund_failed",
        "退款失败「{t}」→ {l}",
        "refund failed ({t}) → {l}",
    ),
    (
        "order_failed",
        "无法下单「{t}」→ {l}",
        "cannot place an order ({t}) → {l}",
    ),
    (
        "main_function_broken",
        "主要功能无法使用「{t}」→ {l}",
        "a main function is broken ({t}) → {l}",
    ),
    (
        "delivery_issue",
        "配送问题「{t}」→ {l}",
        "delivery issue ({t}) → {l}",
    ),
    (
        "problem",
        "一般问题「{t}」→ {l}",
        "non-core problem ({t}) → {l}",
    ),
    (
        "general_question",
        "一般咨询「{t}」→ {l}",
        "general question ({t}) → {l}",
    ),
    (
        "presales",
        "售前咨询「{t}」→ {l}",
        "pre-sales question ({t}) → {l}",
    ),
    ("suggestion", "建议「{t}」→ {l}", "suggestion ({t}) → {l}"),
    ("praise", "表扬「{t}」→ {l}", "praise ({t}) → {l}"),
    (
        "custom",
        "命中自定义规则「{t}」→ {l}",
        "matches a custom rule ({t}) → {l}",
    ),
    (
        "no_match",
        "未识别出具体问题 → {l}",
        "no specific issue recognised → {l}",
    ),
    (
        "angry_customer",
        "客户情绪激动，升一级 → {l}",
        "angry customer, raised one level → {l}",
    ),
    (
        "vip",
        "VIP 客户（{t}），升一级 → {l}",
        "VIP customer ({t}), raised one level → {l}",
    ),
    (
        "repeat_contact",
        "重复联系（第 {t} 次），升一级 → {l}",
        "repeat contact ({t} times), raised one level → {l}",
    ),
    (
        "explicit",
        "工单已指定优先级 {l}",
        "priority {l} set explicitly on the ticket",
    ),
];

/// Traditional → Simplified pairs folded before matching (one char each), so Traditional
/// tickets hit the Simplified lexicon.
pub const TRAD_SIMP: &str = "帳账號号碼码機机單单貨货訂订買买賣卖錢钱資资員员態态應应問问題题遞递發发換换損损壞坏開开關关設设備备網网絡络電电話话語语認认證证錄录註注冊册務务費费價价優优動动傳传輸输線线運运無无決决軟软體体響响覆复復复賬账戶户熱热實实際际說说請请這这個个們们麼么為为還还沒没過过點点裡里裏里後后麵面東东車车門门時时間间現现將将來来對对會会們们讓让給给補补寄寄鋪铺貼贴郵邮遲迟慢慢卡卡閃闪屏屏黑黑統统級级紀纪縮缩據据庫库存存質质量量換换碎碎盒盒箱箱裝装壓压摔摔漏漏騙骗垃垃圾圾態态差差慢慢氣气惱恼煩烦贈赠擊击盜盗剛刚錯错誤误碼码顯显稱称變变連连戲戏聲声燒烧煙烟漲涨銷销鎖锁";
