//! The classifier's one data table: the default taxonomy with its zh-CN/en labels and lexicon,
//! and the cue tables (negation, request, nature, emotion, priority).
//!
//! Term syntax (one `|`-separated string per entry, folded like the text before matching):
//! - `term` weight 2 · `term=3.5` explicit weight · `3.5:a|b;3:c` weight groups (how the
//!   tables below are written: one weight per group gzips smaller than one per term; the
//!   terms of a group, here and in the cue tables, stay in sorted order, which gzips ~300 B
//!   smaller still — a test keeps them so)
//! - `!term` negatable: a negation cue in scope ("没有坏", "not broken") cancels it. Only
//!   symptom words are negatable; topic nouns ("发货", "退款") keep their topic under negation
//!   ("还没发货" is still about shipping).
//! - `stem*` English stem: matches `crash`, `crashes`, `crashed`, `crashing` (letters may follow).
//!   Terms starting/ending with an ASCII letter or digit only match at word boundaries.
//!
//! Phrases that contain a negation cue ("开不了机", "登不上", "doesn't work") are matched whole,
//! so the cue inside them never negates anything.

/// The default taxonomy as one string (a `&[struct]` of `&str`s costs 8 bytes of pointer and
/// length per field in the `.wasm`). Rows end in U+001E, fields in U+001F: a category row
/// starts with U+001D (`id`, zh-CN label, English label), then its subcategories follow
/// (`id`, labels, lexicon). `config::defaults` reads it back, unpacked (see `crate::pack`).
macro_rules! cat {
    ($id:literal, $zh:literal, $en:literal, [$($subs:tt)*]) => {
        concat!("\u{1d}", $id, "\u{1f}", $zh, "\u{1f}", $en, "\u{1e}", $($subs)*)
    };
}

macro_rules! sub {
    ($id:literal, $zh:literal, $en:literal, $t:literal) => {
        concat!($id, "\u{1f}", $zh, "\u{1f}", $en, "\u{1f}", $t, "\u{1e}")
    };
}

pub const TAXONOMY: &str = concat!(
    cat!("account", "账户登录", "Account & login", [
            sub!(
                "login_failed",
                "登录失败",
                "Login failed",
                "4:log in at all;\
3.5:access my account|account got locked|authentication error|back to the login|back to the sign-in|can't log in|cannot log in|fingerprint login|got locked after|let me in|login fail*|no account found|not letting me in|rejects my password|session expired|session has expired|session timed out|user not found|得重新登录|才能解锁|授权失败|点登录|登不上|登入不了|登录一直转圈|登录不上去|登录已过期|登录报错|登录没反应|登录环境异常|登录老是|登陆不上|设备未授权|账号被锁|输完密码;\
3:!登录不上|after i enter my password|bounces me back|can get in|can't get in to|can't get into|can't log|can't sign in|cannot get into|cannot log|drops me back|invalid credentials|locked out|log in with|log me out|logged out|logs me out|reloads back|says my password is wrong|sign in with|sign me out|sso|unable to log|u盾|won't let me log|won't let me sign|一键登录|上不了号|刷脸登录|号就是进不去|号进不去|回到输入框|密码输了|就登不|帮我解锁|微信登录|扫码登录|指纹登录|无法登录|没法登录|用户不存在|登不了|登不进|登入|登录一直|登录不了|登录不进|登录失败|登录异常|登录提示|登录界面|登录超时|被踢下线|识别不通过|账号不存在|账号已锁定|账户不存在|跳回登陆|输入密码后|输完账号密码|进不了账户|进不去账|进不去首页;\
2.5:i type my|incorrect password|kicked out|log back in|login*|sign in|signed out|wrong password|密码不对|密码错误|登录时|登录的时候|登录页面|登陆|自动退出|被踢出|跳回登录|踢出来|进不去了|重新登录|验证码登录;\
1.5:2fa|log in*|log-in|logging in|sign-in|signing in|掉线|登录|进不去"
            ),
            sub!(
                "registration",
                "注册",
                "Registration",
                "4:sign-up confirmation|signing up fails;\
3.5:activation email|second account|set up a brand account|set up an account|sign up page|sign up with|sign-up page|two accounts|建不起来|建个新账户|开个新号|新户口|注册|注册页面;\
3:activate my account|activation link|already registered|create a member account|create my account|sign-up form|signed up yesterday|signing up|verification email|人机验证|已被占用|注册一直|注册不了|激活邮件|激活链接;\
2.5:create account|create an account|creating an account|make an account|open an account|register*|registration|sign up|sign-up|signup|会员号|创建账号|开户|开通账号;\
2:already in use;\
1.5:new account|新用户|新账号|新账户"
            ),
            sub!(
                "password_reset",
                "密码/验证码",
                "Password & verification code",
                "4:设置新密码|重置的邮件;\
3.5:change my password|password reset link|remember my password|reset my password|原来设的|复杂点的|复杂的密码|密码即将过期|密码想换|密码想改|密码换成|密码改得|密码记不|密码过期|当初设的|忘记登入密码|想换个复杂|换个密码|换密码|改登录密码|记不住密码|记不起来|那串字符|链接失效|链接已过期|链接过期;\
3:!忘了密码|forgot password|new password|password reset|password setting|reset email|reset link|reset password|不符合规则|不记得密码|可以重置|定期换|密码不记得|密码忘了|密码忘记|密码找回|忘记了密码|忘记密码|想不起密码|想不起来|想改密码|找回密码|把密码改|改不了密码|重新设置的链接|重置密码|重置链接|重设密码;\
2.5:login password|passcode|口令|支付密码|收不到验证码|改密码|新密码|登录密码;\
2:2fa code|forgot my|one-time code|pin|sms code|verification code|verification email|重设;\
1.5:forgot*|otp|password|reset*|验证码;\
1:密码|找回|简讯|链接"
            ),
            sub!(
                "account_security",
                "账号安全",
                "Account security",
                "5:someone changed the|二次验证;\
4:i never did this|signed into my account|trying to get into|俾人盗|别人登了我的号|在外地被|新设备上登录|有人异地登录|有人登了我的号|有人登录了我|盗咗|被人顶|被改了;\
3.5:!盗号|accessed from|alert about a sign-in|changed my password|click a link|did not request|didn't ask for|didn't request|freeze it|got into my account|hack*|hijacked|is in my account|logged into my account|login alert|logins from|logins on my account|new sign-in|password was changed|recover my account|scam call|should i be worried|sign the others out|sign-in alert|sign-in to my account|sign-ins from|signed in from|sim swap*|sim was swapped|someone got into|someone logged in|someone signed in|stole my account|taken over|took over|two-factor|two-step verification|不是我登录的|不认识的设备|两步验证|冒充|冒名|动过我账号|双重验证|号被盗|密码被改|异地登录|我没登过|报验证码|改了我的密码|有人动过我|没见过的手机|没见过的设备|登录记录|登进了我|自称客服|自称是你们|被人登了|被人登入|被人盗|被兑换|被别人登|被别人盗|被盗了|账号冻住|账户冻住;\
3:!被盗|account frozen|account has been frozen|account is frozen|compromised|devices are signed|didn't change anything|didn't place|freeze my account|from another country|frozen account|is my account safe|lock my account|never been there|security alert|sign-in from|someone accessed|someone changed my|someone is using my|someone logged into|someone used my|someone who changed|strange activity|suspicious activity|suspicious login|unauthori*|unusual activity|which devices|without my consent|without my knowledge|without my permission|不明登录|冒用|别人登入|别人登录|外地登录|安全措施|异常操作|异常登录|我没下的|有人登了我的|用我的号|用我的账号|登了我的账号|登录保护|盗了我|盗我|盗用|补走|被人改|被人登录|被黑|设备登录|账号被人|陌生登录;\
2.5:account locked|account suspended|i didn't make|i never made|logged in from|phishing|stolen|unknown device|unrecogni*|不是我下的|不是我操作|封号|新设备|有人登录|没操作过|被封|账号安全|账号异常|陌生人|陌生设备|风险提示;\
2:banned|locked out|someone else|wasn't me|不是我本人|冻结|密码改了"
            ),
            sub!(
                "profile_change",
                "资料修改",
                "Profile change",
                "5:绑定的邮箱;\
4:默认收货地址;\
3.5:account owner|account profile|address on my account|change my username|change the admin|default address|default delivery address|default phone number|default shipping address|email on my account|name on my profile|phone number linked|phone number on my account|surname|switch the email|transfer admin|update my registered|update the email|update the name|会员生日|名字填错|学员姓名|工商变更|常用旅客|性别和生日|手机号想换|换成新号码|换绑手机|改一下生日|新邮箱|显示名称|更换管理员|生日当时填错|管理员改成|绑定的email|绑定的号码|账户上的名字|账户里的名字|资料怎么改|转让管理员;\
3:account region|backup contact|billing name|change email|change my birthday|change my mobile|change my name|change my phone|change the email|change the mobile|change the name|change the phone number|change the region|changed my email|correct my birthday|family name|in account settings|language and region|last name|login username|name on my account|name shown|name that shows|new phone number|new sim|old sim|old username|profile|registered email|registered phone|the birthday|tied to my account|unlink|update my birthday|update my mobile|update my name|update my number|update my phone|update the contact|update the mobile|update the phone|个人资料|会员名称|会员资料|信息填错|修改资料|删除收货地址|名字可以改|名字少打|名字打错|名字改|地址删掉|大头贴|头像换|实名认证的名字|手机号换了|护照对不上|换个头像|换了手机号|换了新手机号|换头像|换手机号|换新号码|换绑|换邮箱|改一下名字|改了名字|改了姓|改名了|改名字|改头像|改实名|改成新号码|改昵称|改生日|改绑|改邮箱|旧手机号|昵称改|注销账号|生日信息|生日写错|生日填错|用户名改|绑定的手机|账单地址|账号资料|账户资料|资料填错|资料里的|资料页|还是旧号;\
2.5:avatar|change my email|change the number|close my account|delete my account|display name|nickname|personal details|update my email|公司邮箱|头像|姓名|实名信息|工作邮箱|性别|换成新号|改手机号|昵称|注销|绑定手机|绑定邮箱|绑的手机|解绑;\
2:date of birth|linked to my|my details|new email|user name|username|个人信息|实名认证信息|改名|新手机号|绑定;\
1.5:email address|用户名"
            ),
        ]),
    cat!("order", "订单", "Orders", [
            sub!(
                "order_status",
                "订单状态",
                "Order status",
                "4:on hold for review|order on hold;\
3.5:my order say|my order says|older orders|order is marked|order tab|past orders|status of an order|下单成功没|出票|啥状态|审多久|审核通过没|已拆分|待拣货|待接单|找不到订单|拆单|拆成了两个|有没有下单成功|有结果了吗|没点取消|没点过取消|生成发货单|订单一直是|订单不见|订单到哪一步|订单在哪看|订单在哪里看|订单没了|订单状态变|订单现在到哪|订单的状态|订单页面显示|进度到哪|部分出货|采购订单;\
3:awaiting picking|awaiting review|awaiting seller|been confirmed|in my orders|my orders page|on my order page|order list|order status|order successful|partially fulfilled|ready for pickup|status of my order|what stage|下成功没|交易关闭|什么状态|候补中|单成功了吗|变回了|哪个阶段|商家接单|在备货|处理到哪|审核多久|审核完|已出库|已接单|待商家确认|待审核|待配货|成功了没|成功没有|成团|找不到这一单|排产|显示已完成|查一下订单|查订单|没确认|看不到订单|看不到这笔|确认了没|确认收货|确认短信|自动确认|订上没|订单一直显示|订单上显示|订单关闭|订单审核|订单异常|订单状态|订单生成|订单进度|还在审核|还算不算数|部分完成|预计发货日期;\
2.5:closed|no confirmation|order details|order history|order still shows|pending review|under my orders|under review|审核一般|审核中|已关闭|待派单|待确认|拼团中|接单|突然变成|订单列表|订单是不是|订单消失|订单被取消|订单详情;\
2:confirmed|order confirmation|order page|pending|processing|went through|历史订单|待付款|订单显示;\
1.5:confirmation|go through|order number|order says|status|was my order|处理中|待处理|状态|订单信息|订单怎么;\
1:my order|what does|我的订单|订单还是"
            ),
            sub!(
                "order_change",
                "修改订单",
                "Order change",
                "4:add a note to my order|gift wrap*|modify the size|把颜色|拍错尺码|拍错颜色|订单还能改|选错牌子|选错规格|选错颜色;\
3.5:add a night|add one more|add seats|before it's packed|delivery address on my order|edit the order|extend my booking|extend my hotel|extra night|extra seats|gift note|hasn't been packed|in my order to|install date|instead of home|misspelled|more seats|move the date|move the delivery|move the install|name on my booking|passenger name|prepone|push my booking|push my hotel|recipient|ship my order to|switch my order|the address on the order|to my existing|to my new address|to the order i placed|update the shipping address|不可修改|修改配送|再加一|发货前帮我改|可以改成|同一个订单里|差价我可以补|往后挪|忘了勾|想改成|截单|找不到修改入口|把数量改|拍错型号|揀錯|收件人电话|改一下规格|改一改|改个地址|改地址|改配送时间|数量从|显示旧地址|没发货的话|没发货能|漏选|老地址|能合并|能改成|补个备注|规格从|规格改|规格选错|订单里再加|订单里加|订单里的|还是旧地址|还没发货可以|还能加上;\
3:actually need|add a guest|add a second guest|add a second item|add another item|add to my order|amend the order|apartment number|before dispatch|before it gets packed|before it goes out|before it ships|before it's dispatched|before it's sent|before it's shipped|can you switch|can you update|change delivery|change my address|change my order|change quantity|change the address|change the colo*|change the delivery|change the qty|change the shipping address|change the size|different address|edit my order|extend my stay|gift message|in my order from|instead of my home|meant to get|meant to order|merge my|modify my booking|modify my order|move my booking|move my flight|my reservation|picked the wrong|push the delivery|remove an item|switch delivery|switch it to|switch my|the quantity|to my office|to the same order|update my order|update the address|update the delivery|update the order|upgrade my|wrong flat number|wrong house number|wrong unit number|上车点|修改订单|分开寄|加购|可以改吗|地址写错|地址填错|地址改成|填成|尺码想改|尺码改|差价我补|忘了写|手滑点成|换个颜色|换地址|换尺码|换规格|换颜色|收件人改成|收货地址|改了地址|改大一号|改小一号|改尺码|改收货|改数量|改时间|改规格|改送到|改颜色|数量点错|新住处|更改订单|礼品包装|续住|订单备注|还来得及吗|还没出库|还没发出去的话|还没发货的话|送货时间|选成|配送时间从|颜色改;\
2.5:change it to|combine my orders|combine them|correct it to|delivery address|in my new order|shipping address|the check-in date|to add a|wrong address|下错|原来的订单|合并|地址写成|姓名拼音|想把订单里|拆单|拍成|换个地址|收件人换成|改电话|订单刚下|选错|门牌号|预约配送;\
2:add an item|加一件|合在一起发|收货人|改下|改到|改成;\
1.5:add another|写错了|填错了|改一下;\
1:change*|reschedul*|ship it to|备注|差价怎么补|改期|能改|补差价"
            ),
            sub!(
                "order_cancel",
                "取消订单",
                "Order cancellation",
                "4:cancel my booking|cancel my hotel|cancel my order|is it too late to cancel|能取消吗;\
3.5:!取消订单|asked to cancel|call off|cancel my pre-order|cancel order|cancel the order|cancel this order|just cancel|scrap order|still cancel|the whole thing off|void the order|下重复|下错单|不让取消|作废|别发了|取消不了|取消了吧|取消会扣|已经取消了|帮我取消|想取消|把订单取消|把这单取消|拍重复|点了取消|直接取消|给我取消|自己取消|那就取消;\
3:before it ships|cancel it|duplicate order|how do i cancel|ordered twice|same thing twice|stop my order|stop order|twice by accident|不等了|买重复|取消一下|取消吧|取消掉|帮我撤了|帮我撤回|把单取消|撤单|撤回订单|撤掉|撤销|申请取消|要取消|要求取消|订单取消以后|还没发货的话|还能取消吗|这单取消|这单撤了|重复下单;\
2.5:cancel*|no longer need|void order|不想买了|不想等了|不用发了|取消的入口|拍多了|订单取消|退单;\
2:don't want it anymore|ordered by mistake|不想要了|取消|拍错了;\
1.5:不要了|退订"
            ),
            sub!(
                "order_placement",
                "下单失败",
                "Order placement",
                "4.5:提交不了订单;\
4:submission failed|订单送不出去;\
3.5:book now|can't check out|can't complete my order|can't complete the purchase|can't order|can't place|can't submit|cannot order|cannot place|cannot submit|checkout error|checkout fail*|checkout keeps|error when placing|order won't go through|place order|purchase fail*|submit the booking|unable to place|下不了单|下个单|下单一直|下单失败|下单提示|下单时|不能下单|不能购买|创建失败|太火爆|提交不上|提交订单一直|提交订单后|提交订单就|无法下单|无法购买|显示有货|点提交|生成不了|确认订单|确认购买|订不了|订单一直报错|订票失败|购买失败;\
3:buy button|buy now|can't book|can't buy|cannot buy|checkout button|checkout keeps failing|complete my booking|confirm pickup|could not be created|item unavailable|order fail*|place one order|request a car|request a ride|submit my order|submit the order|tried to place|trying to book|trying to order|unable to buy|下不了|下单按钮|下单页面|买不上|单都失败|拍不了|提示库存不足|无法提交|校验失败|没买上|点结算|约不上|结算不了|结算的时候|结算页|结账页面|购物车空了|预约不了;\
2.5:order button|place any order|place the order|提交不了|提交订单|落单|订单提交;\
2:place an order|place my order|placing an order|placing my order|下单就报错|下单总是失败|不用券|买不了|加入购物车|单也没生成|订单也没生成|订单没生成;\
1.5:cart|check out|checkout|while booking|下单|结算"
            ),
        ]),
    cat!("payment", "账单支付", "Billing & payment", [
            sub!(
                "payment_failed",
                "支付失败",
                "Payment failed",
                "4:payment is failing|rejected at checkout|付款总是失败|付款老是失败;\
3.5:3d secure|3d验证|accept my card|can't go through|can't pay|cannot be completed|cannot go through|cannot pay|card declined|card failed|card not accepted|card rejected|card was declined|could not be completed|couldn't be completed|getting declined|got declined|pay fails|payment declined|payment didn't go through|payment error|payment fail*|payment keeps failing|paypal checkout|top-up failed|unable to pay|unable to process|won't go through|不能支付|交不上费|交易异常|交易没有成功|交易被拒|交易超时|付不出去|付了三次|付了五次|付了几次|付了好几次|付款不了|付款不成功|付款失败|付款就卡住|付款异常|代付|充值不了|充值失败|卡不支持|待付款|所有支付方式|扣不了款|扣款不成功|扣款失败|支付不成功|支付失败|支付异常|支付没反应|支付渠道异常|支付超时|无法支付|没办法付钱|没法付款|绑卡时|续费失败|缴不了|转不出去|转账失败|额度不足|风控拦截;\
3:can pay for anything|card keeps getting|fails at checkout|fails on every payment|pay failed|pay my|pay page|payment page|payment screen|risk control|shows unpaid|stays unpaid|transaction fail*|tried to pay|trying to pay|turned down|云闪付|交易失败|付个款|付个钱|付成功没有|付款一直|付款付了|付款提示|付款那步|付款页面|再付|支付一直|支付页面|没付出去|没扣款|没扣钱|绑卡失败|输完密码|还不上|还款提示|钱没扣|银行页面;\
2.5:card bill|declined|insufficient funds|交不了|付不了|付款时|付款的时候|余额不足|支付时|支付的时候|收银台;\
2:apple pay|top up|top-up|充话费|刷卡;\
1.5:google pay|payme|payment|paynow|paypal|付不了款|付款|扫码付|支付;\
1:credit card|pay|信用卡|银行卡"
            ),
            sub!(
                "refund",
                "退款",
                "Refund",
                "5:when the refund will|退款到现在|退款呢|退款大概什么时候|退款还是'处理中'|退款还是没到|退款还没到|钱还没退;\
4:approved my refund|no refund|refund bounced|refund still hasn't|什么时候能退|没看到钱|退回原账户|退款什么时候|退款到底|退款显示|退款退到;\
3.5:money goes back|money still hasn't shown up|money's back|my refund|reach my card|refund failed|refund hasn't|refund of|refund shows|see the money|seen the money|the refund for|went to my wallet|啥时候退|工作日内退款|工作日到账|把钱还我|没回到卡|还没到账|还没退款|退了一半|退到余额|退到哪|退到钱包|退回原来的|退回失败|退回银行卡|退款失败|退款拖了|退款状态|退款被拒|退款被驳回|退款还是|退款进度|退还失败|重新退|钱到现在都没|钱没有退|钱没退|钱还没回;\
3:a cent|hasn't come back|isn't back|money be back|nothing has come in|refund went|refund*|where is my money|原支付账户|原路返回|只退了|少退了|没到账|的钱能退|还没入账|还没退|退回余额|退多少|退款|退的钱|退给我|退钱|选错了原因|钱一直不退|钱没到|钱没回|钱还是没回来|钱还没到|钱还没回来;\
2.5:back to my card|chargeback|credited back|get my money|paid back|reimburse*|什么时候退|原路退回|没退|退回到|退费|钱退到;\
2:deposit back|给退|退到|退回来;\
1.5:money back|到账"
            ),
            sub!(
                "invoice",
                "发票",
                "Invoice",
                "4:download the receipt|invoice*|开的发票|补开;\
3.5:expense claim|tax paperwork|开一张|开的票|电子发票;\
3:for reimburse|for reimbursement|receipt email|专票|公司抬头|发票|开票|报销凭证|普票;\
2.5:billing statement|expense report|tax id|tax number|vat|增值税|收据|税号|账单明细;\
2:凭证|报销|抬头;\
1.5:billing address|company name|expenses|receipt*"
            ),
            sub!(
                "charge_dispute",
                "扣费异常",
                "Charge dispute",
                "5:扣了我;\
4:correct the charge|still been billing|unauthorised charges|unauthorized charge*|扣了两回;\
3.5:!debited|!多扣|a charge from|after i cancelled|auto debit|auto-debit|billed me for|billed me twice|billed my card|billed twice|charge from you|charge on my bill|charge reversed|charge 了|charged again|charged my card|charged twice|charge了|convenience fee|conversion fee|didn't select|dispute it|double charge*|double-charge*|duplicate charge|extra debit|extra fee|extra zero|hidden fee|identical charges|never authorised|never authorized|never selected|never shown|never subscribed|on my statement|overcharg*|pending charges|recurring charge|reverse the charge|service fee|still being charged|still charged|still paying|subscription i cancelled|surcharge|taken twice|the extra one|thieves|took money|took my money twice|transaction fee|two charges|two identical|unauthorised charge|一下子扣|一下扣了|不认识的消费|两次钱|两笔|两遍钱|乱扣|乱收|付了两次|会不会也扣|会不会扣两次|余额少了|你们扣的|划走|卡里扣|原价收|多了一笔|多了个|多了笔|多出一笔|多出来的|多扣了|多收了|实付金额|怎么还扣|扣三笔|扣了一个月|扣了一笔|扣了三次|扣了两次|扣了两遍|扣了几次|扣了好几次|扣多了|扣的是全款|扣的钱比|扣费|收了两次|是什么钱|每个月都扣|没买东西|没开通过|没抵扣|没有订过|没订过|流量费|照扣|直接扣我|翻了一倍|莫名其妙扣|被扣了|详单|误扣|账单扣|还是扣了|还每个月|重复扣|重复收费|钱被拿走|预授权;\
3:auto-renew*|bank statement|be waived|billed me|charge on my card|charged|charged the full price|charging me|didn't authori*|didn't sign up|even though i cancelled|extra charge|free trial|monthly charge|never agreed|never bought|never signed up|pending charge|roaming bill|roaming charge*|still taken from|stop billing|taken from my card|twice for the same|unknown charge|wrong amount|为什么扣|写的是免费|划走了|又扣|只付了一次|司机绕|多付了|多收|少减了|已经扣了|怎么扣了|扣了三笔|扣了钱|扣错|收了我|收费不对|是原价|未授权|每月扣|没开过|没授权|滞纳金|漫游费|盗刷|确实扣了|算错了|结果扣了|绕路|自动扣|自动续费|账单上有一笔|账单离谱|账单里有|还在扣|连扣|金额不对|钱扣了;\
2.5:billing me|card statement|exchange rate|lost money|same amount|subscription fee|the duplicate|without my consent|without my permission|扣我|扣款|扣钱|服务费|未经同意|未经我同意|没开通|没经过同意|没经过我同意|被扣;\
2:billed|charging|don't recogni*|these charges|three times for|价格不对"
            ),
        ]),
    cat!("logistics", "物流配送", "Shipping & delivery", [
            sub!(
                "delivery_delay",
                "配送延迟",
                "Delivery delay",
                "4:rescheduled my delivery|了还没出库|小时内发货|能不能加急;\
3.5:delivery window|has not arrived|hasn't arrived|hasn't been dispatched|hasn't been posted|hasn't been shipped|hasn't left|hasn't turned up|here yet|left your warehouse|no one showed up|nobody showed up|not arrived yet|not been posted|nothing has arrived|preparing for shipment|preparing to ship|promised delivery|still no delivery|still not shipped|supposed to be delivered|supposed to be mailed|supposed to be sent|supposed to deliver|supposed to ship|three weeks for|two weeks for|一直显示派送中|一直没发|下单到现在|不发货|不送上门|什么时候给我寄|今天送不了|到现在还没发货|发货慢|哪天能发|啥时候能发|待出库|待揽收|晚了三天|晚了两天|晚了几天|次日达|派送中都|现货呢|能不能早点|说好的现货|躺着没动|还不发货|还是待发货|还没发|还没放行|还送不送|连单号都没有|迟迟不发|都未到|都没发;\
3:been sent out|days late|delivery got rescheduled|estimated delivery was|hasn't come|hasn't sent|late delivery|never ship|not shipped|preparing shipment|promised arrival|promised for the|promised in|rescheduled again|running behind|scheduled for delivery|still no driver|still no package|still no parcel|still not here|still waiting on|supposed to arrive|was promised for|weeks late|were due|where is the driver|would be here by|人影都没|什么时候发|什么时候能发出|仓库都没出|催一下仓库|前送到|发没发|哪天出库|天内发货|天内送到|天发货|小时发货|帮忙催一下|帮我催一下|快递太慢|才揽收|拖到现在|明天发|显示待发货|未出货|未发货|没出库|没出货|没发货|没寄出|没收到货|没见着影子|没送来|物流太慢|用脚送|等了一整天|终于揽收|说好上周|说好昨天送|走了一周|走了十天|路上耽误|还不发|还是没到|还没人来|还没到|还没寄|还没影|还没见人|还没见着|还没送到|送不送|送了半个月|送太慢|送货上门|送货太慢|都没人来;\
2.5:estimated delivery|expected delivery|hasn't even left|hasn't shipped|left the warehouse|not shipped yet|overdue|pushed back again|still waiting for|taking forever|was due|什么时候能到|几天能到|多久能到|延期|延误|待发货|快递慢|才到|没动静|没送到|秒发|超时|还在路上|还没发货|还没来|迟到|预计送达;\
2:awaiting dispatch|delivery date|dispatch*|什么时候到|几天了还|出货|发货;\
1.5:arrive|delay*|my food|ship*|太慢了|寄出|派送|还在仓库|迟迟|送达|骑手;\
1:delivery|late|催发货|延迟|还没寄出"
            ),
            sub!(
                "tracking",
                "物流查询",
                "Tracking",
                "3.5:delivery updates|parcel tracking|sms updates|text updates|tracking number|where is my package|where my parcel|where the rider is|where's my package|where's my tracking|包裹到哪|哪家快递|实时位置|异常件|快递到哪|快递单号|查快递|查物流|没刷新过|物流不动|物流信息|物流停了|物流单号|物流详情|物流跟踪|跟踪页面|轨迹|运单号|配送进度;\
3:hasn't updated|last scan|pickup notification|track*|where is my order|where's my order|which courier|一直没变|不动了|位置一直不动|位置不动|分拣中心|到哪个城市|到哪了|到哪儿了|到哪里了|多久能派|快递信息|没动了|没变过|没有物流|派送信息|清关中|物流一直|物流怎么|物流显示|物流状态|物流记录|物流进度|看物流|运输进度;\
2.5:in transit|last update|my rider|not moving|not updated|out for delivery|stuck at|stuck in|the eta|不更新|单号|揽收|没动静|没更新|运输中;\
2:hasn't changed|no update*|tracking says|中转|停在|在哪里了|派件|派送中|物流|转运;\
1.5:carrier|courier|not found|shipment;\
1:hasn't moved|package|parcel|warehouse|取件|快递|驿站"
            ),
            sub!(
                "package_damaged",
                "包裹破损",
                "Damaged package",
                "4:arrived cracked|caved in|dropped from|hole in the box|hole in the side|leaked in transit|on the shipping box|outer carton|scorch mark on|包装烂了|包装盒上|压坏|外包装烂;\
3.5:!broken in transit|!包装破损|!破了|arrived broken|arrived wet|bag is ripped|box is wrecked|box was crushed|broken on arrival|damaged box|got wet on the way|in the rain|seal broken|seal was torn|soaked|凹晒|划开|到手就是碎的|压得|变了形|外箱全湿|扔下来|扔包裹|摔坏|暴力运输|歪成|泡了水|泡过|湿透|漏汤|盒子全烂|盒子烂|盒子都变形|箱子全湿|被压|裂成两半|路上摔|软塌塌;\
3:!crushed|!damaged|!smashed|been dropped|box was open*|box was torn|in pieces|in three pieces|outer box|ripped open|shattered|spilled|spilt|squashed|torn open|water-damaged|凹了|凹进去|包装坏了|包装破|压塌|压烂|压碎|当场拒收|戳破|戳穿|扔件|扔在门口|拒收了|摔烂|摔碎|撒出来|是碎的|泡坏|泡水|泡烂|洒了|洒出来|淋湿|湿晒|漏出来|盒子破|破损|破洞|碎了|碎成|磕坏|稀烂|箱子烂|箱子破|箱湿|袋是破的|被拆开|被拆过|重新粘;\
2.5:!dented|!磕碰|opened before|ruined|soaking|凹陷|划破|塌了|扁了|撒了|没封好|漏液;\
2:!leak*|!漏了|cracked|torn|wet|压扁|变形|外箱|封口|拆过;\
1.5:!外包装|撕开;\
1:packaging|water damage*|包装|受潮|瘪了"
            ),
            sub!(
                "lost_or_wrong_item",
                "丢件/错发/漏发",
                "Lost or wrong item",
                "4:delivered to the wrong|packing slip|包裹丢失|包裹里只有|只到了两|型号发错|找不到件|查无此件|没我的件|翻了个遍|说找不到|说没有这个|谁签的|途中丢失;\
3.5:and received a|box contained|but i ordered|delivered but|delivered to my letterbox|got the wrong|i ordered the|it's not here|left it with a neighbour|lost in transit|lost my parcel|marked as delivered|marked it as delivered|marked lost|my order was for|never got it|never receive anything|never received|nicked|no parcel|nothing here|only 2 came|only one pair|only one showed up|only two arrived|only two came|only two showed up|order was missing|package as delivered|parcel lost|received the wrong|said delivered|says delivered|says it's lost|second parcel|sent me size|sent me the wrong|sent the wrong|shows delivered|someone else's|was empty|wasn't in the parcel|were swapped|wrong product|you sent me a|you sent me the|不是我下单的|不是我的|不是我签|不是我订的|不认识的地址|东西没了|丢件|买的明明是|件丢了|写着已经送到|包裹不见|包裹丢了|包裹弄丢|发成|发来的却是|发来的是|发的是|发错|只收到两|只有两件|只来了|只送了一|只送到一|只送来|在谁手上|型号也对不上|型号对不上|寄丢|寄来的却是|寄来的是|寄错|少了两件|少发|少寄|少送|快递丢了|快递弄丢|我下单的是|找不到包裹|找遍了|收到的却是|放错|显示已签收|显示已送达|显示签收|柜子是空的|根本没收到|没发过来|没有我的件|没有这个件|没有这个包裹|没签收|没见过这个包裹|没这个件|漏发|漏寄|漏送|站弄丢|给了别人|行李没到|被人拿走|被人签收|被弄丢|装的却是|货不对板|路上弄丢|送到隔壁|送来全是|送错|途中丢了|里面是空的|错发|门口什么都没有|门口啥也没有|驿站说没有;\
3:but i paid for|did not receive|didn't receive|for the wrong model|got lost|got size|haven't received|item missing|items missing|left with a neighbo*|missing from my order|missing from the bag|missing item|mixed up|never came|nothing at my door|of the items|only 1 of my|only 2 of|only one arrived|only one came|only one was|only received|only two of|only two were|order is missing|ordered a size|parcel is lost|pickup code|returned to sender|signed for|somebody else's|stolen package|turned up|wrong order|不是我买的|不是我点的|不是我要的|东西到底去哪|别人的包裹|别人的快递|到手的是|只到了|只收到|只有两样|在路上丢了|寄成了|少一件|少了一件|少了一份|少了一双|少了一条|少了一杯|少了一样|少了一瓶|少了一盒|少了一袋|我要的是|找了一圈|拿到的是|拿错|收件人不对|收件人不是我|收到只有|数量不够|数量不对|是别人的|来的是|没见到这个件|签收人|箱子里只有|给我送的是|缺了一样|说放在门口|说放门口|送到了隔壁|送来的却是;\
2.5:lost|only got|parcel was lost|wrong colo*|一共买了|丢了|丢失|型号不对|尺码不对|已签收|收到的是|签收了|颜色不对;\
2:and got a|but got|but received|i ordered|instead of|nobody came|包裹找不到|快递找不到|没收到|说包裹;\
1:not received|wrong item|wrong one|买的是"
            ),
        ]),
    cat!("product", "产品使用", "Product usage", [
            sub!(
                "how_to",
                "使用指导",
                "How-to",
                "3.5:don't get how|don't understand how|export my data|where in the app|wifi密码|哪个键|如何绑定|干什么用的|干嘛用的|怎么上传|怎么复位|怎么导出|怎么添加|怎么绑定|才能还车|找不到地方|是干什么的|是干啥的;\
3:figure out how|find where|first time using|how often should|how to switch|lets me set|right way to|walk me through|which menu|不会弄|不会操作|不会用|不知道咋|不知道在哪|不知道怎么|不知道要按|临时密码|什么功能|使用方法|划区域|同时连|咋开|咋弄|咋用|咋绑|咋解开|咋设置|咋连|哪里设置|啥功能|在哪开|在哪设置|在哪里开|在哪里换|在哪里调|多久换一次|如何使用|如何关闭|如何开启|如何解除|如何设|定时开关|弄不明白|怎么使用|怎么关|怎么同步|怎么安装|怎么开|怎么打开|怎么拆|怎么更换|怎么清洗|怎么用|怎么绑|怎么装|怎么解开|怎么解除|怎么让它|怎么调|找不到在哪|按钮在哪|提醒怎么重置|搞不懂|搞不明白|改成中文|教我一下|整不明白|是什么模式|水垢|童锁|第一次用|系统语言|菜谱|设个|设为默认|设成默认|该放哪|语言改成|转赠|这个图标|那个图标|除垢;\
2.5:can't figure out|can't work out|how do i switch|how do i turn|how should i|how would i|instructions|tutorial|where do i find|where do i switch|where do i turn|不会玩|切换成|可以机洗|在哪打开|在哪找|在哪看|在哪里打开|在哪里找|在哪里看|怎么才能|怎么把|怎么抵扣|怎么给|找不到入口|教程|添加指纹|用法|离线播放|离线观看|设置成|说明书;\
2:configure|how can i|how do i|how do you|how does|how to|manual|pair*|set up|setup|where can i find|啥意思|在哪操作|在哪里操作|怎么发起|怎么设|想知道怎么|步骤|测试方法|调低|调到|调节|调高|配对;\
1.5:disable|download|enable|mode|setting|settings|turn off|下载|切换|怎么连|怎样|模式|清洗|激活|设置;\
1:connect*|feature|is there a way to|turn on|不太会用|功能|怎么弄|怎么换成|怎么预约|操作|调大|连接"
            ),
            sub!(
                "hardware_fault",
                "硬件故障",
                "Hardware fault",
                "4:cannot on|does not power on|does not turn on|doesn't power on|doesn't turn on|melted|will not turn on|won't boot|won't even power on|won't even turn on|won't power on|won't turn on|不开机|不能开机|开不了机|开不到机|开机没反应|开机黑屏|无法开机;\
3.5:!smoke|any sound|brake failed|bulging|caught fire|cuts out|doesn't charge|doesn't heat|doesn't spin|drift*|electric shock|exploded|isn't getting cold|keeps restarting|keeps turning off|mid-cycle|no power|not charging|not cooling|not getting cold|not heating|on fire|shocked me|short circuit|smoking|sparking|sparks|stopped cooling|stopped working|stops mid|swelling|won't charge|won't cool|won't drain|won't heat|won't spin|won't start|won't switch on|won't turn back on|不充电|不出水|不出热水|不出热风|不出风|不制冷|不制热|不加热|不启动|不回充|不排水|不脱水|不通电|充不了电|充不进电|冒火花|冒烟|冒白烟|冒黑烟|反复重启|只吹冷风|启动不了|指纹识别不了|接触不良|没声音|漏电|烧坏|烧焦|烫得|爆炸|着火|短路|突然自己|糊味|自动关机|自己关机|自己加速|触电|起火|跳闸|通不了电|风扇响|风扇特别响|鼓包;\
3:a shock when|black screen|burnt|by itself|cracked screen|dead pixel*|does not switch on|doesn't switch on|doesn't work|fan is loud|flicker*|gave me a shock|got a shock|leaking water|loud noise|making a noise|no picture|no sound|not recognising|not recognizing|overheat*|producing sound|quit working|rattling|scorched|screen is black|shock from|shuts off|sparked|stays black|still silent|stopped playing|stopped recognising|stopped recognizing|stopped unlocking|stops suddenly|stops vibrating|strange noise|swollen|threw me off|tingle|unresponsive|usb port|weird noise|went silent|won't work|不亮|不出声|不响了|不好使|不工作|不灵了|不灵敏|不转|偏色|充电慢|卡纸|发烫|变暗|只出冷风|吸力变小|咔咔声|咣咣响|响得厉害|响得特别|哐哐|嗡嗡响|失灵|屏幕裂|屏幕黑了|异响|弹不回来|打印不出|掉电|散架|横线|死机|没声了|没有任何反应|没有声音|洗不干净|漏墨|漏水|烫出|电了一下|碎屏|竖线|花屏|被电了|被电得|过热|金属外壳|闪黑|黑屏|黑线;\
2.5:!faulty|!malfunction*|burn mark|burning|buzzing|completely silent|died|gone silent|got really hot|grinding|it stops after|leaks|noisy|shuts down|stopped registering|too hot|一点反应都没有|充了一整晚|响声|噪音|声音特别大|很暗|打不开|插上电|摇杆|杂音|条纹|没声|没有反应|没电了|电到|耗电快|进水;\
2:!broke|!broken|!坏了|!故障|beeping|clicking|dead|does not work|hardware|isn't working|not working|stopped charging|stopped responding|回充|坏掉|屏幕不亮|屏幕也不亮|指示灯|按了没反应|没反应|没电|派人|电源键;\
1.5:!坏|button|reboot*|speaker|亮度|制冷|加热|屏幕|摄像头|用不了|画面|重启|麦克风;\
1:charger|device|充电|电源|耳机"
            ),
            sub!(
                "software_fault",
                "软件故障",
                "Software fault",
                "4:back at the home screen|crash*|参数异常|回到桌面|闪退;\
3.5:app closes|app又连不上|app打不开|app连不上|closes itself|froze|frozen screen|keeps closing|push notifications|since the last update|update fail*|update完|won't open|won't play|传不上去|加载不了|加载失败|升级失败|卡住不动|卡死|同步数据|存储空间不足|打不开app|播放失败|收不到通知|无法播放|更新失败|激活失败|画面卡住|连不上机器|通知收不到|错误代码|页面打不开;\
3:!bug*|after the update|after updating|blank page|broken link|buffering|data loss|daylight saving|doesn't load|doesn't open|doesn't play|doesn't save|doesn't stick|empty csv|files are gone|glitch*|keeps resetting|latest update|loading screen|no matter what i|not responding|notes are gone|resets every time|resets to|runs an hour|search return*|the release|white on white|won't save|全没了|全被清空|刷不出来|升级到一半|升级系统以后|卡顿|同步之后|同步失败|同步完|同步的时候|回收站|太卡|就自动退出|崩溃|很卡|恢复数据|排版乱|播放进度|放不了|数据丢失|数据弄丢|数据恢复|无响应|更新之后|更新固件|每次点开|白屏|自动关闭|自己退出|被清空了|记录没了|设备离线|请求超时|进不了系统|进度丢失|进度没保存|退回桌面|闪屏;\
2.5:error code|error message|hangs|playback|reinstall*|一打开就|切换不了|升级完|卡成ppt|崩了|报错|新版本|更新以后|更新完|未知错误|重新安装|重装|页面一片空白;\
2:error|firmware|freez*|keeps loading|lag*|my data|not loading|restore*|spinning|sync*|uninstall*|一直加载|不同步|出错|升级后|卡在|卡着不动了|卸载|固件|提示错误|数据不同步|更新后|最新版|错误提示;\
1.5:dashboard|nothing loads|software|the app|程序|网页|软件|页面;\
1:app|加载不出|卡住|应用|版本|系统|视频"
            ),
            sub!(
                "compatibility",
                "兼容性",
                "Compatibility",
                "4:compatib*|不相容|兼容|转换插头;\
3.5:fit and work|google services|ok to use with|still support|support android|sync with|unsupported|won't install on|work on macos|work with macos|上用吗|不兼容|不支持这个|变压器|搭配使用|搭配用|放电磁炉|电磁炉上用|组网|能搭配|能直接装吗|能给它用|能装在|转接环|还能装吗|配合使用;\
3:2.4g|5ghz|an older|app work on|apple silicon|do you support|does it support|does the app support|doesn't line up|epub|fast charging|fit the older|ghz|meant for this|only support|will it fit|will it work in|will it work on|will this fit|will this work in|win7|won't connect to my|won't pair with|work in an|work in this|work on a|work on an|work on the older|work with my|works fine with my|充坏|充电吗|别家买的|可以连|对不上|换回原装|插不进|支不支持|支持iphone|支持mac|支持win|支持吗|支持安卓|支持苹果|是不兼容|是否支持|网关|能接|能用在|能用这个|能给我的|能装吗|能配对吗|装得上|适配|通用;\
2.5:match my|run on an|run on my|run on older|run on the|supported|type-c口|usb-c|work on my|work with|works with|匹配|系统版本|能充|装不上|识别不了|识别不到|连不上|配套;\
2:adapter|fit my|fit the|fits the|operating system|support for|support my|with my existing|work in a|对得上|接口|老款|能用吗|能装|能连|适用|鸿蒙;\
1.5:android|chromebook|ios|iphone|linux|macos|supports|windows|安卓|平板|手机壳|支持|苹果手机;\
1:mac|version of|型号"
            ),
            sub!(
                "missing_parts",
                "缺少配件",
                "Missing parts",
                "4:didn't include|missing from the box|missing part*|no power cable|没有充电头|没有电源适配器|没有适配器|缺件|缺配件;\
3.5:aren't in the box|arrived with only|arrived without|box contents|cable inside|came with only|came without|did not come with|didn't come with|inside, only|isn't in there|manual says|no charging cable|not in the box|only came with|only got one|only had bags|only the unit|screws in the box|send the plate|send the rest|the manual lists|there are only|wasn't in the box|wasn't in there|wasn't included|wasn't one in the box|weren't in the box|写着有|发现没有|少件|打开一看没有|拆开没有|没在盒子里|没有充电线|没有说明书|没说明书|清单上写|盒子里什么都没有|缺说明书;\
3:allen key|aren't in the bag|box had no|box only had|box says|charging cable|missing the|no bolts|no cable|no charger|no lid|no power adapter|no screws|not in the bag|not included|only had the|put it together|says it's included|send one out|不附带|光秃秃|只有主机|实际只有|少一根|少一颗|少了一|少了两|少了充电|少配|打开只有|打开盒子却没有|没有充电器|没有赠品|没有配|没有附带|没有附送|没看到充电|没附送|漏配|盒子里只有|盒子里木有|盒子里没有|盒里只有|螺丝|补寄;\
2.5:accessor*|no batteries|no instructions|no manual|充电线|其他都齐|单独买|单独购买|少了|标配|没配|缺个|缺了|缺少|说明书都没有|部件|配件|里没有|里面没有|附件|零件;\
2:free gift|intact|missing*|screws|保修卡|少一个|少个|数据线|没带|盒子里|赠品|遥控器;\
1.5:parts|remote control|without the|盖子;\
1:is included|isn't in the box|lid"
            ),
            sub!(
                "quality_defect",
                "质量问题",
                "Quality defect",
                "4:刚拆封就|刚拆开就;\
3.5:!质量问题|after one wash|badly made|begun to chip|broke off|came apart|came loose|came off|chipped|chipping|collapsed|come loose|coming apart|counterfeit|cracked within|falling apart|fell apart|flaking|food poisoning|foreign object|hair in|junk|leaked in|let water in|moldy|mouldy|on first use|piece of plastic|pilling|poor quality|rotten|seam split|shrank|shrunk|split after|started to chip|switch cracked|一拧就断|上吐下泻|不敢吃|不新鲜|不是正品|保质期内|保质期过了|保质期还没到|假货|劣质|发臭|发霉|变质|吃出|吃坏肚子|太锋利|头发|就凉了|开线|开胶|异物|怪味|拉肚子|拧出来就断|掉渣|掉漆|掉色|断裂|有虫|次品|玻璃渣|瑕疵|碎玻璃|缩水|胶水味|脱线|脱胶|质量太差|质量差|起了很多球|起球|起皮|跑毛|跑绒|边角锋利|还在保质期|钻绒|长毛了|食物中毒;\
3:a dent|chemical smell|cracked after|doesn't match the description|faded|fading|fake|first time i used|flaw*|flimsy|fraying|hairline crack|loosening|misprint*|mushy|not as described|only lasted|paper-thin|peeling|pulled off|smudged|split along|split open|spoiled|stale|swelled up|torn apart|worn off|一洗就|不保温|不结实|不耐用|与描述不符|临期|保温效果|做工|印得|又红又痒|发黄|发黑|变色|味道很大|和描述不符|品控|嘴划破|嘴巴划破|塌下去|塑料味|塑胶味|就是断的|异味|往下掉|手划破|拧不紧|掉毛|掉皮|松了|毛刺|没多久就|没熟|没用几天就|没用几次|没穿几次|洗了一次就|洗了几次就|漆就掉|炸开|烂的|生锈|用一次就|用了一次就|用了几天就|用了几次就|甲醛|穿一次就|穿了一次就|穿了几次就|第一次用就|粗糙|线全开了|线头|缝隙|缩了|缩得|缺页|脱落|臭了|色差|血水|裂纹|褪色|起疹子|跟图片不一样|还是生的|重影|颜色也掉|颜色就掉;\
2.5:after washing|cracking|expiry date|feels cheap|past its expiry|past the expiry|quality|ripped|rust*|seam*|smelled|smells|snapped|stain*|stitching|tore|划痕|刮痕|印歪|品质|才穿|斜的|断了|有味道|有毒|松动|歪的|洗完就|烂了|裂了|裂开|裂缝|质量|这批;\
2:loose|stopped after|zipper|全是空白|分层了|印刷问题|发酸|才用了|有股酸味|涂层|过期了;\
1.5:cheap*|defect*|expired|过期"
            ),
        ]),
    cat!("after_sales", "售后退换", "Returns & warranty", [
            sub!(
                "return",
                "退货",
                "Return",
                "4:never came to pick up|return it for|申请了退货|退货寄回去|退货要怎么;\
3.5:about the return|back for a refund|dropped off my return|mailed the return|requested a return|return form|return label|return pickup|return request|returning it|return申请|send it back|sent my return|sent the return|ship it back|ship them back|start a return|started a return|不想留了|不让退|买重复|单号填哪|单号填在哪|填写物流单号|如何退|怎么退|想退货|我要退货|申请退货|直接退货|给我退货|退货入口|退货单号|退货填的|退货怎么|退货申请|退货的入口|退货的快递|退货被拒|退货被驳回|退货退款;\
3:like to send the|post it back|reschedule the pickup|return a|return the|return this|rma|send it back and get my money|send one back|send something back|send them back|sending back|sending it back|七天内可以退|不想再换了|不想要|不想要了|可以退吗|吊牌还在|帮我退|想退|我要退|申请退|直接退就行|退掉|退货地址;\
2.5:drop it off|pending inspection|return*|send back|寄回|没拆封|没穿过|要退|退了吧|退回|退货|都没开封;\
2:doesn't suit|want to send|不合适|不喜欢|吊牌|能退吗|退一下|退了;\
1.5:doesn't fit|don't want it"
            ),
            sub!(
                "exchange",
                "换货",
                "Exchange",
                "4:can i swap it|instead of a repair|new unit instead|换L码|换S码|换XL|换一下吗|换回来的|换回来还是|换大一号|换大一码|换小一号|换货寄回去|新的还没发;\
3.5:exchange*|in its place|next size up|再给我发一个|寄回去换|寄回换|换一副|换一张|换个颜色|换了两次|换了几次|换台新的|换同款|换大|换小|换尺码|换新的|换码|换货|直接给我换;\
3:another colo*|bigger size|different colo*|different model|different size|larger size|longer size|post this one back|second replacement|send me another|size down|size up|smaller size|swap*|trade it for|可以换吗|大一码|小一码|换一个新的|换一件|换一双|换一台|换一本|换一条|换一款|换一部|换个新的|换别的|换型号|换新|换款|换短|换软|换长|换颜色|新的就行|直接换一|穿着紧|给我发个|能换|调换;\
2.5:replace it|replacement|想换|换一个|换成|换成白色|换成黑色;\
2:swap the|too big|too large|too small|偏大|偏小|换个|更换;\
1.5:大了|小了"
            ),
            sub!(
                "warranty_repair",
                "保修维修",
                "Warranty repair",
                "4:arrange the repair|claim the warranty|保养期|还在保修期;\
3.5:covered under the|get it repaired|out of warranty|repair appointment|send it for repair|send it in|send them in|still covered|under warranty|warranty claim|上门看|上门维修|保修期内|保修要怎么|保修需要|修多少钱|免费修|免费期|去哪修|在保修期|安排师傅|寄去修|寄回修|寄回去修|寄过去修|怎么报修|申请保修|约师傅|维修点|维修进度|能上门修|能保修吗|能修吗|说好保修|质保里|走保修|过了保修|过保|返修|还在质保|还能修|送修;\
3:care plan|months old|repair*|service center|service centre|without fixing|保修一年|保修期还|保修里|保内|修一修|修不好|修了两次|修吗|修没修|修理|出保|哪里修|售后点|寄去保修|工程师上门|没修好|维修|老毛病|还在保;\
2.5:fix my|sent it in|寄修;\
2:warranty|保修;\
1.5:get it fixed|报修"
            ),
            sub!(
                "policy_question",
                "售后政策",
                "Returns & warranty policy",
                "5:can return or not|return window|returns window;\
4:accept returns|be returned or|how long do i have to return|优惠券会退|保修是在|只能换|可不可以退|国内保修|在国内保|扣安装费|支持退货吗|无理由退吗|来回运费|还是说只能|退货规则;\
3.5:actually cover|be returned|compensation policy|cover accidental|do you cover|does the warranty|extended warranty|guarantee cover|how many days after|is the warranty|pay for return|pay the postage|price protection apply|price protection if|refund policy|restocking fee|return period|return policy|return shipping|same warranty|void my warranty|void the warranty|warranty cover*|warranty include|warranty period|warranty still|七天无理由|上门费|也能退吗|享受保修|你们出还是我出|你们的规定|你们规定|保修几年|保修包括|保修卡|保修多久|保修政策|保修是按|保修期|保修范围|保修还能用|保修需要|保固|保留吊牌|保障范围|出运费|券会退|只保|后悔了也能|售后政策|售后规则|才能退款吗|才能退货吗|拆了封|提前解约|支持换货吗|支持退换|收费吗|整机保修|时效是|最高能赔|期限是几天|算在里面|范围内吗|赠品要一起|过了七天|运费谁出|运费险|还能保修吗|还能退吗|违约金|退不退得|退换期限|退换规则|退换货政策|退货政策|退货期限|退货运费|那天算|需要保留;\
3:accidental damage|also cover|bought during|can i still return|covered by the warranty|covered under the|days to return|does it cover|eligible for|final sale|free returns|how many days do i have|if i return|is it covered|lose the discount|money-back guarantee|opened item|pay for shipping|qualify for|returnable|what's your rule|who pays|within 30 days|within how many days|without the receipt|一定要发票|一起寄回|不退不换|人为损坏|从哪天算|价保|保不保|保修是一年|保修是几|保修管不管|全国联保|几天可以退|单独算|原包装|只管|可以退换吗|多久还能退|多少天内|定制刻字|延保|怎么赔|拆封|时限|易耗品|服务管不管|特价品|能保修吗|能退几天|能退换吗|谁承担|负责还是|购买日|还能保修|退货时间|退钱还是;\
2.5:covered by|return deadline|sale items|包不包括|开封|手续费吗|无理由|检测费|赠品也要|赠品要不要|还能享受;\
2:包邮吗|是不是不能退|算不算|质保|邮费;\
1.5:opened|policy|规则|运费;\
1:international|二次销售|包括|开始算|政策"
            ),
        ]),
    cat!("service", "服务体验", "Service experience", [
            sub!(
                "attitude",
                "服务态度",
                "Attitude",
                "4.5:很不耐烦;\
4:called me a liar|called me an idiot|laughed at|same script|不给就不|催好评|催我给好评|态度恶劣|爱买不买|爱理不理|说话阴阳怪气|辱骂;\
3.5:arrogant|attitude|called me stupid|called my question|canned reply|closed the chat|condescending|disrespectful|hung up on me|impolite|insulted|interrupting|laughed when|rolled her eyes|rolled his eyes|rude*|shouted at|sighed|snapped at|swore at|talked down|talked over me|talking over me|unprofessional|一问三不知|不尊重|不礼貌|不耐烦|不被尊重|不道歉|冷嘲热讽|吼我|嘲讽|大吼大叫|好好说话|嫌我烦|对我吼|很不客气|态度|怼我|打发我|挂了我电话|挂我电话|摆脸色|摔门|没礼貌|烦不烦|爆粗口|爱搭不理|爱答不理|玩手机|甩脸子|甩脸色|白眼|给我道歉|被怼|说脏话|说话冲|说话很冲|阴阳怪气|非常不客气|骂人|骂我|骂骂咧咧|黑着脸|黑脸;\
3:canned response|curt|dismissive|hung up|made me feel|mocked|not my problem|on her phone|on his phone|patronising|patronizing|sarcastic|store clerk|useless answer|yelled|不专业|不搭理|不理人|不理我|什么素质|冷漠|嘟囔|嘲笑|往地上一扔|打断我|把我电话挂了|把电话挂了|投诉快递员|投诉派件员|投诉骑手|挂电话|敷衍|服务差|被挂了|说话好冲|说话还很冲;\
2.5:unhelpful|店员|语气|难听;\
2:robot|凶|客气点|机器人;\
1:agent|representative|staff|support team|客服|就挂了|答非所问"
            ),
            sub!(
                "slow_response",
                "响应慢",
                "Slow response",
                "4:got zero|slow response|一封都没回|人工到底在哪|人工在哪|回复太慢|回复慢|回得太慢|回得慢|回的太慢|才有人回|没人回|没人理|没有一个人回复|没有人回复|没联系过我|石沉大海|转不进去;\
3.5:agent will join|agents are busy|call me back within|callback that never|can't get through|chat queue|days to answer|followed up|haven't heard back|hold time|hours ago|hours on hold|in the queue|never called back|never heard back|no one answers|no one has replied|no one picks up|no repl*|no response|nobody answers|nobody has replied|nobody has responded|nobody picks up|not heard back|phone queue|reply|someone to answer|the callback|waiting in the chat|waiting in this chat|waiting to hear back|with me shortly|with you shortly|zero repl*|一个电话都没|一条都没回|一直不回|不回复|人工电话|几天不回|半天不回|占线|回复也太慢|回复也慢|回复速度|回复都没有|回消息|回的都没有|坐席忙|坐席繁忙|工单提交|已读不回|忙音|打不进去|排了|接通人工|提交工单|有没有人看|有没有人管|没一个人接|没人打给我|没人接|没人联系我|没人联系过我|没回复|没回音|没收到任何回复|没有人联系|没有任何人回复|没有任何人联系|没有真人|没等到|真人回复|等到现在|给我回电|至今未收到|转不了人工|转不到人工|还没有回复;\
3:always busy|anyone actually|auto repl*|auto-repl*|automated repl*|automatic repl*|can't reach|cannot reach|chasing|emailed support|for anyone to answer|had to chase|heard a word|heard anything|heard nothing|hold music|is anybody there|minutes on hold|no answer|no human|nothing back|on hold for|on hold since|promised a call|said you'd call|said you'd ring|th message|tried calling|waiting for a response|waiting for days|waiting on hold|一个字都没回|不回我|人工一直不来|全是机器人|内回复|回复都没|多久会有人回复|多久会有人处理|多久有人回复|多久能回复|打了几次|打了好几次|找不到人|排队排|有人管吗|有人跟进|有没有人在看|没人听|没人处理|没任何结果|没回应|没有一个人联系|没有回覆|等了半天|联系不上|自动回复|转不过去|都不回|都没有回复;\
2.5:been on hold|been waiting|call back|callback|called support|contacted support|get back to me|got back to me|kept on hold|left on hold|placed on hold|put on hold|too slow|waiting for an agent|人呢|前面还有|回电|待受理|没消息|转人工;\
2:no answers|zero answers|人工客服|才有人理我|排队|效率也太低|效率太低;\
1.5:my ticket|nobody|replied|respond*;\
1:minutes ago|my email|打不通|没人管"
            ),
            sub!(
                "process",
                "流程推诿",
                "Process",
                "4:bounced between|bounced me between|it's the seller's problem|passed around|runaround|the seller says it's yours|who do i actually talk to|推来推去|推诿|来回推|踢皮球|转来转去;\
3.5:another department|blame each other|bureaucra*|catch 22|catch-22|closed as resolved|closed my ticket|convoluted|different department|different team|explain my issue|explain the whole thing|explained my issue|fill in a|four steps|from scratch|from the start again|go back to the store|great system|in circles|keep notes|new ticket|no one takes responsibility|nobody seems to own|nobody takes responsibility|paper form|passed between|passed from|passing me around|passing me between|phone menu|print a form|red tape|repeat myself|run around|same form|sends me back|sends me to|separate times|so complicated|so many steps|take ownership|takes ownership|this process|three steps|told me to call|told me to go|too many steps|too much hassle|your process|一个说法|不归他们管|互相推|交了三遍|从头再讲|从头再说|从头讲|从头说|你们内部|先填表|关单|到底谁管|又让我找|就给我关了|工单就被关|工单被关|工单被关闭|工单被系统|打印表格|推卸|搞得这么|搞这么麻烦|材料交了|来回折腾|来回跑|来回踢|没人负责|直接关闭|看不到工单|缺这缺那|被标成|被直接关掉|讲一遍|该找谁|说了好几遍|说是商家的问题|说是物流的问题|说法不一|说法都不一样|谁来管|跑三趟|这么复杂|这么麻烦吗|都什么年代|重新描述|重新说一遍|非要去;\
3:all over again|claim form|different answer*|different departments|every time i contact|explain again|explain everything|fax|from zero|had to fill out|hoops|i'm told to|in person just to|marked as resolved|reach a human|reach a person|same information again|sent me back to|separate forms|start over|the claim was handled|time i contact you|told me to ask|told me to contact|unboxing video|why do i have to|什么都解决不了|从头解释|再说一遍|又让找|反复提交|只会说|团团转|太死板|太麻烦|开箱视频|张表|手续太多|推给|每次都让我|流程也太|直接显示已解决|简化|简单点|繁琐|线下办|绕了一大圈|补材料|让我联系|谁管|还没结果|重复提交|重新提交|重新说|非要我;\
2.5:complicated|contact the merchant|contact the seller|have to phone|keeps sending me|over and over|paper copy|paperwork|separate ticket|transferred|一直让我|又让我|找平台|找谁|折腾|流程|要求提供;\
2:approval|department|documents|escalates anything|never escalate|procedure|process|transferring me|从头把问题说|审批|工单直接被关|每次都|被关掉了|要我提供|让我找|让我等|趟|部门;\
1.5:who do i talk to|who should i contact|又要|找售后"
            ),
            sub!(
                "praise",
                "表扬",
                "Praise",
                "4:10/10|friendly staff|kudos|shout-out|very patient|五星好评|太有耐心|太给力了|必须表扬|改观|点个赞|给个好评|表扬一下|讲得太好|说声谢谢|谢谢你们;\
3.5:!很有耐心|above and beyond|came through quickly|can't thank|cannot thank|cheers to|great job|great service|happy with your service|keep coming back|pass on my thanks|props to|service this good|shoutout|sorted my issue|thanks to|without any fuss|yyds|又快又好|处理得又快又好|处理得很快|处理得特别快|处理得真|太负责了|夸一下|很到位|很快帮我|很耐心|很负责|很贴心|态度也好|想表扬|挺到位|挺感动|效率好高|效率很高|效率真高|替我谢谢|服务很好|服务很赞|来夸|没得说|没话说|点赞|爱了爱了|物超所值|特别细心|特别耐心|真感动|真的很感谢|绝绝子|表扬|解决得很快|谢谢客服|超有耐心|非常到位;\
3:!helpful|!周到|!很满意|!细心|!给力|!耐心|!贴心|!靠谱|best support|big thanks|bravo|excellent|fast delivery|fast shipping|faster than i expected|five stars|handled my case|huge thanks|keep it up|keep up|legend|love the new|quick delivery|really appreciate|really impressed|shout out|sorted everything out|sorted it out|sorted me out|sorted out our|super professional|very professional|want to say thanks|wanted to say|well done|well worth|wonderful|works great|五星|人很好|人超好|体验好多了|修得很快|准时送到|发货快|响应真快|太感谢|好评|很专业|很准时|很感动|服务一百分|服务到位|服务好|没想到客服|特别仔细|特别清楚|真到位|讲得好|辛苦了|还挺意外|送货快|速度真快|非常感谢;\
2.5:!friendly|!专业|!热情|amazing|appreciate*|awesome|brilliant|love it|super fast|super patient|was great|worth it|值得|多谢|感谢|救了我一命|超值|速度快;\
2:!satisfied|!满意|credit where it's due|handled everything smoothly|kind|lovely|perfect*|resolved my|thank you|不错|体验不错|体验很不错|很清楚|效率挺高|服务真好|棒|讲得很清楚|谢谢你|超好|非常好;\
1.5:!好用|great|solved|解决了|讲课|赞;\
1:!patient|fantastic|many thanks|thanks a lot|thanks for|thanks so much"
            ),
        ]),
    cat!("presales", "售前咨询", "Pre-sales", [
            sub!(
                "product_info",
                "产品信息",
                "Product information",
                "3.5:comparing your|halal|i'm comparing|or plastic|safety certification|sizing like|wifi only|什么面料|充绒量|全国通用|含不含|含绒量|哪个噪音|哪个更适合|国行|多少分贝|孕妇能用|支持双卡|新出的这款|最多支持|有什么区别|海外版|论斤|辣不辣|这款新出的|这款适合|那款适合;\
3:1080p|4k|assembled|baggage allowance|before buying|before i buy|before i sign up|before we buy|best before|breakfast included|colour temperature|come in black|come in white|comes in white|decide between|dimension*|dimmable|does it come with|does it handle|does it include|dual sim|dual-sim|flat-pack*|fragrance-free|full hd|how loud|how many adults|included in the|international version|is that included|lcd|listing doesn't say|max load|membership include|noise canceling|noise cancelling|noise level|noise-cancelling|not buying yet|oled|plan include|plan includes|planning to buy|premium plan|pro plan|removable|safe to use|screen size|shelf life|size chart|solid wood|suitable for|thinking of buying|thinking of ordering|tier include|voltage|v电压|washable|wattage|weigh*|what's the difference|when was it produced|which is better|which model|which of your|一共有几个|一箱里有几|不粘涂层|专业版|买之前|产地|什么尺码|什么等级|保质期|值不值得|值得买|值得换|偏大还是偏小|具体有什么|几台设备|几套的|几度电|几档|功耗|包含什么|包含几|包含哪些|包含多少|包括哪些|区别|参数|同时几台|呢款|哪个型号|哪个好|哪个更好|哪个能|填充|多了什么|多少兆|多少寸|多少流量|多少瓦|够不够穿|大不大|套餐包含|尺寸|尺码合适|尺码表|差别在哪|差别大吗|差在哪|带不带|录播|待机时间|待机能|快充吗|想买给|成分|扛得住|拆洗|放得下|断电保护|是否带|有什么不同|有什么功能|有几包|有啥推荐|有推荐|权益|材质|板载|正品|比普通版|流明|版本吗|生产日期|用电量|甲醛释放|电压是多少|的还是塑料|签名版|纯棉|能同时|能用多久|能看多远|装得下|要不要另外买|覆盖范围|详情页没写|课程内容|课程安排|贴皮|还是80g|还没买|进口的吗|送不送|适合几岁|适合多大|适合干皮|适用多大|选哪个|重不重|防水吗|面料;\
2.5:3-pin|battery life|capacity|certificate|does it have|does it support|does this have|how big|how heavy|inverter|is allergic|made from|made of|material|need a subscription|plug type|runs large|runs small|star rating|sugar-free|true to size|waterproof|what size|偏硬|偏软|功率|功能吗|包不包含|双卡双待|可以机洗|哪个套餐|哪款|多大的|多宽|多重|多长|多高|套餐里|容量|戴着游泳|打算买|推荐哪个|有效期|机洗吗|比较合适|续航|证书|适合吗|重量|防水等级;\
2:available in|colors|colours|come with|comes with|features|how long does|lessons|recommend|which one|下单之前|下单前|包不包|原装|哪个够用|多大|直播|耐脏|耗电|规格|试听|配置;\
1.5:this model|白色|的还是|这款|黑色;\
1:recorded|有没有|能效|课时|颜色;\
0.5:are the|are these|can it|can this|do they|does it|does the|does this|does your|is it|is the|will it|will this|请问这|这个|这件|这双|这台|这种"
            ),
            sub!(
                "price_promotion",
                "价格优惠",
                "Price & promotion",
                "4:% off|new subscribers|今天就降|优惠券|优惠码|原价买的|就降了|新人券|早鸟|有特价;\
3.5:ad promised|bait advertising|buy one get|cheaper if|cheaper than|deal still|discount*|false advertising|get 1 free|get one free|group rate*|money off|offer still|plan cheaper|price drop|price match|price protection|promo*|referral bonus|shipping offer|stack codes|stack the|stack two|still running|voucher*|welcome code|一起用吗|上周买才|下单送|价保|价格一样吗|优惠|会不会再降|会不会涨|会员价|使用门槛|促销|券怎么用|券用不了|半价|叠加|哪个划算|套餐价|官网卖|差价这么|店铺券|怎么就变成|打九折|打几折|打折|批量价|折扣|拼团价|新人价|新人卷|昨天看还是|更划算|最低价|朋友买才|杀熟|比别家贵|没减|涨价前|的券|能抵多少|虚假宣传|要涨价|还会再降|退差价|降价了|领券|领卷|首月;\
3:anything off|bank offer|black friday|emi|how many points|how much|on sale|pricing|red packet*|students get|won't apply|买一送一|五折|便宜点|全店通用|八折|凑单|刷满|双11|双十一|团购价|在哪领|多少钱|套装价|批发价|指定商品|每人限购|涨到|砍价|秒杀|积分抵扣|立减|能便宜|议价|跨店|还能再谈|降价|首刷|首单;\
2.5:618|cheaper|price*|quote|shipping fee|top-up bonus|价格|价钱|便宜|双倍|怎么就涨|红包|赠品吗|配送费;\
2:bundle|coupon*|sale|以旧换新|包邮|团购|活动|满减|能补差价|阶梯价;\
1:deal*|差价|礼品"
            ),
            sub!(
                "stock",
                "库存",
                "Stock",
                "4:in stock|out of stock|restock*|sold out|什么时候有货|售罄|开售|断货|缺货|莫得货|补货;\
3.5:available in your|backorder*|berths left|coming soon|discontinued|do you have left|gone for good|got stock|in the warehouse|making it anymore|only 1 left|only 2 left|only one left|places left|released again|rooms left|same-day pickup|seats left|spots left|still available in|still have size|tickets left|when will it be available|will it come back|仅剩|仓库里够|停产|到货通知|卖完了|只剩|多少件|够不够货|库存|报满了|放了多少货|无货|有票吗|没抢到|现货|现车|能再有|要等货|订得到|调货|还会再放|还会补吗|还剩几|还剩多少|还有多少件|还有货吗|还有这款;\
3:available again|available at|available for|available in stores|be back in|be back this week|come back in|currently unavailable|do you have size|have that many|in store|in your store|inventory|on hand|on the shelf|ones left|pre-order|preorder|sold-out|still available|stock|temporarily unavailable|waitlist|when will you have|会再上|余票|再上架|再进货|凑齐|到货提醒|卖光了|名额|抢不到|断码|显示已满|有货|没码了|满员|满房|留一件|留一台|秒没|空出来|空房|返场|返货|还会上吗|还会再来吗|还会补|还有房|还有票|还能订到;\
2.5:available for pickup|be back before|coming back|fully booked|notify me|上架|什么时候有|候补|还会再有|还会有;\
2:到货|没货|还有吗|进不进货|预售"
            ),
        ]),
    cat!("external", "外部环境", "External causes", [
            sub!(
                "network_outage",
                "网络/第三方故障",
                "Network or third-party outage",
                "5:出故障了|是不是崩了;\
4:broadband outage|cloud outage|cloudflare|having an outage|nationwide|outage in my area|server down|servers down|sign-in outage|site down|sms provider|website down|wechat pay down|也受影响|云服务商|全国性故障|全国故障|全线故障|全面宕机|好像崩了|好像挂了|宽带断了|微信崩了|微信故障|微信那边|支付宝崩了|支付宝故障|支付宝那边|整个崩了|整片断网|是不是挂了|服务器又崩|服务器崩了|服务器挂了|瘫痪了|短信通道|系统瘫痪|网断了|网站崩了|网站挂了|网络断了|都崩了;\
3.5:!'s end|!'s side?|an incident|app down|apple pay down|are you down|carrier outage|cloud service|down across|down or something|down right now|every site|failing everywhere|fault at their|for everyone|has been down|internet is down|is it down|is that why|line down|lost internet|network down|network outage|no internet|not just mine|not just yours|other shops that use|other sites that use|payment processor|paypal down|power cut|processor down|provider is down|seems to be down|service unavailable|sms平台|system is down|systems are down|their exchange|was down for|上不了网|上唔到网|不是你们的问题|也down|云服务|什么时候能恢复|停电|停网|光猫坏|光缆|全国都|受这个影响|因为这个吗|在抢修|在维护|好多app|好多人都|宽带供应商|宽带公司|宽带都断|寬頻供應商|小区宽带|微信今天崩|快递公司系统|支付通道|支付那边出|整个小区|断网|是不是出故障|是不是因为这个|是不是这个原因|是这个原因吗|是这原因吗|服务商挂了|服务商那边|短信平台|短信网关|系统瘫了|系统维护|线路检修|网络很卡|跟这个有关|连不上网|通道故障|那边是不是出;\
3:aws|back online|been down|blackout|cdn|dns|down since|down了|for anyone|is down again|is down in|is having issues|is it just me|isp|map service|network issue|no signal|not just me|outage|provider down|seem down|seems down|service you use|site is down|status page|system down|when will it be back|不止我|光纤|全球故障|别家也|基站|大故障|大面积崩了|大面积故障|宕机|当机|很多人都|挖断|断电|断线|朋友那边也|服务商出问题|服务挂了|没信号|没网|电信|系统故障|网好了|网站打不开|网页打不开|联通|腾讯云|运营商|那边出故障|那边出问题|那边故障|那边的问题|银行系统|阿里云;\
2.5:third-party|大面积|宽带今天断|第三方|那边好像崩|都用不了;\
2:internet|is down|maintenance|on your side|provider|server*|信号|别人也|服务器|离线|维护|网速;\
1.5:!on their end|network|offline|wi-fi|wifi|恢复|挂了|网络|网络故障"
            ),
            sub!(
                "regulation",
                "政策法规",
                "Regulation",
                "4:export control*|gst rate|import rules|import vat|new gst|paperwork rules|pdpa|regulatory|国家补贴|年度限额|强实名|运输规定|限塑;\
3.5:3C标识|3C认证|allowed to sell|ban on|battery rules|biosecurity|can't be shipped|city rule|curfew|customs rule|duties|duty-free|entry requirement*|etias|eu rules|export rules|government|import declaration|import dut*|import tax|just banned|law|legal requirement|mandate|national rules|need a visa|need to show id|new ban|new eu|new rule|on imports|ordinance|privacy rule|real-name|regulation*|right to repair|right-to-repair|rules for|rules have changed|show id to activate|tariff*|tax reporting|tax rule|visa requirement*|不能线上卖|不让寄|不让空运|个人信息保护|保护法|入境要求|关税|刷脸认证|回收规定|国家的政策|国家规定|处方药|实名制|实名收件|实名登记|得去登记|必须刷脸|快递新规|报关|政策原因|政策有调整|政策调整|数据安全法|新下的文件|新国标|新政策|新规|暂停寄递|法规|申报|登记身份|禁寄|禁止邮寄|禁运|签证要求|跨境电商|金税|销售税|验证年龄;\
3:age rating|age-rating|as per the new|banned in|banned items|compliance|customs|data protection|data-protection|e-cigarette*|gdpr|get fined|guidelines|import ban|import permit|kyc|local rule|new rule*|rule change|still be allowed to|tourist tax|transit visa|上牌|不让网购|严查|个保法|个税|人脸识别|以旧换新补贴|依法|出示身份证|合规|国家要求|国标|居住证|征税|报备|数据保护|新出的|新法|新规说|最多只能办|条例|派出所|海关要求|电子烟|能效标准|营运资质|补缴|补贴政策|违禁|锂电池;\
2.5:bag ban|data-residency|id verification|prohibited|restriction*|不能寄|听说以后|国补|备案|政府|法律|监管|禁塑令|规定|跨境|限购;\
2:requires a permit|rules|出口|刷脸|双减|实名|开箱验视|政策变了|政策是不是变了|进口|防沉迷|限制|需要验视;\
1.5:eu|审核|政策;\
1:海关|清关|身份证"
            ),
            sub!(
                "force_majeure",
                "天气/灾害",
                "Weather or disaster",
                "5:blizzard|bushfire*|cyclone*|earthquake*|flood*|hurricane*|natural disaster|sandstorm|snowstorm|tornado*|typhoon*|wildfire*|冰雹|台风|地震|大雪|封城|山火|暴雨|暴雪|水灾|泥石流|洪水|自然灾害|飓风;\
4:banjir|evacuat*|fire at the warehouse|fire at your warehouse|heavy fog|heavy rain|heavy rains|landslide|roads are closed|snowed in|warehouse fire|waterlogging|仓库失火|仓库着火|大雪封山|山体滑坡|黑雨;\
3.5:ash cloud|closed the roads|heat alert|heat wave|heatwave|heavy snow|landslide*|lockdown|pandemic|power grid|road closure*|roads closed|storm*|volcan*|下大雨|交通管制|停工|停飞|发大水|大雾|寒潮|封控|封路|打雷|暴风|沙尘暴|滑坡|疫情|被水淹|被淹|路封了|路断了|限电|雷击|预警;\
3:haze|knocked out power|lightning strike|power's been out|quarantine|since the storm|停电停网|冲断|大雨|山洪|淹了|风球|高温;\
2.5:rainstorm|snow|weather|停运|天气|隔离;\
2:strike|天灾"
            ),
        ]),
    cat!("other", "其他", "Other", [
            sub!(
                "suggestion",
                "建议",
                "Suggestion",
                "5:加个;\
4:add an option|consider adding|could you add|feature request|it'd be great|it'd be nice|just a thought|needs a way to|please add|really needs a way|recommend adding|save a lot of hassle|would be good if|would be great|would be nice|would love a|would make my life easier|you should add|多设几个|希望增加|建议|按商品名|能不能加|能不能增加|能不能考虑|能搜索|页面能显示;\
3.5:allow users to|app里加个|could you offer|even better with|it would help|it'd help a lot|let users|make life|maybe you could|one idea|so much better|suggest*|will be helpful for|worth adding|would be cool|would be even better|would be really helpful|would have saved me|would help a lot|would help if|would love it if|wouldn't it be better|you could add|you should let|you should really|下次能不能|加上这个功能|加返|印大点|大字版|希望以后|希望包装|希望安装|希望能加|放显眼|筛选|能不能印|能不能发个|能不能支持|能出一个|能出个|能延长|能提前|能直接显示;\
3:allow us to|an idea|be really handy|consider switching|could be much easier|it'd help if|kindly add|let us|maybe offer|please consider|pls add|plz add|should be able to|should let|would be better|would be easier|would be handy|would be helpful|would be lovely|一键再买|其他平台都|别的平台都|加一个|包装能不能|可以再简化|可以考虑|可回收|少用点|就好了|希望你们|希望出个|排个序|排序|改进|新功能|方便多了|最好能|能不能做|能不能显示一下|能不能记住|要是有|要是能|记住上次|调大一点|这样大家|这样就不用|默认选项;\
2.5:could you make|improve*|maybe add|please make|why don't you|would love|you should|优化|会方便|如果有|如果能|希望可以|希望能|更方便|更环保|环保一点|能开到晚上;\
2:idea|option to|wish|小意见|意见|添加|能支持;\
1.5:add a|增加"
            ),
            sub!(
                "partnership",
                "商务合作",
                "Partnership",
                "4:co-branded|franchise|offer you|open a store on|opening a store on|our marketplace|partner onboarding|partner program|partner programme|partnership|reseller*|set up a meeting|supply chain team|third-party seller|加盟|合办|商务合作|想入驻|推广合作|提供样品|测评视频|联合推广|谈合作;\
3.5:all our properties|become a partner|become an authorised|become an authorized|blogger|bulk purchase|bulk rate|bulk supply|business inquiry|business partner*|co-brand*|collaborat*|corporate account|corporate order|delivery partner*|explore an integration|influencer|integration partner*|integration program|management company|merchant partner|partner for|partner with|partnering|pitch|purchasing agreement|research project|review unit*|review your products|startup|tech blog|tie-up|trade program*|volume pricing|we run a|who should i talk to|wholesale|would love to review|youtube|一家物流公司|专柜|企业采购|供货|分销|合作|开店|当自提点|怎么谈|想当团长|想谈谈|成为你们的|批发|批量采购|找谁对接|找谁谈|承接|招商|招标|授权门店|有意代理|洽谈|经销|赞助;\
3:affiliate|b2b|become one of your|becoming an authori*|bulk order|carry your|collab|distribut*|institutional|interested in becoming|interested in bundling|internship*|kol|license your|licensing|offer our services|our shops|our stores|partnerships|retail chain|service partner|sponsor*|stock your|supplier|supply agreement|to supply|trade program|who should we talk to|work together|代工|代理|供应商|入驻|博主|官方授权|对接人|市场部|带货|快闪店|想引进|拿货|授权维修点|校园推广|社区团购|联名|贵司|进货;\
2.5:as a merchant|join your platform|商务|对接|我们是一家|我们是做|资质|采购;\
2:vendor|渠道"
            ),
        ]),
);

/// Per-subcategory behaviour: nature without / with a question cue (C consultation, P complaint,
/// S suggestion, R repair_request; F a complaint that is a repair request when something fails,
/// as a refund that bounced), negative-emotion prior, base priority (1..4).
/// Unknown (custom) subcategories use `DEFAULT_BEHAVIOUR`.
pub const BEHAVIOUR: &[(&str, u8, u8, f32, u8)] = &[
    ("login_failed", b'R', b'R', 1.0, 2),
    ("registration", b'R', b'C', 0.5, 3),
    ("password_reset", b'R', b'C', 0.5, 3),
    ("account_security", b'P', b'C', 1.0, 3),
    ("profile_change", b'C', b'C', 0.0, 4),
    ("order_status", b'C', b'C', 0.0, 3),
    ("order_change", b'C', b'C', 0.0, 3),
    ("order_cancel", b'C', b'C', 0.2, 3),
    ("order_placement", b'R', b'R', 1.0, 2),
    ("payment_failed", b'R', b'R', 1.0, 2),
    ("refund", b'F', b'C', 0.2, 3),
    ("invoice", b'C', b'C', 0.0, 4),
    ("charge_dispute", b'P', b'P', 1.0, 3),
    ("delivery_delay", b'P', b'P', 0.7, 3),
    ("tracking", b'C', b'C', 0.6, 3),
    ("package_damaged", b'P', b'P', 1.0, 3),
    ("lost_or_wrong_item", b'P', b'P', 0.3, 3),
    ("how_to", b'C', b'C', 0.0, 4),
    ("hardware_fault", b'R', b'R', 1.0, 3),
    ("software_fault", b'R', b'R', 1.0, 3),
    ("compatibility", b'C', b'C', 0.0, 4),
    ("missing_parts", b'P', b'P', 0.0, 3),
    ("quality_defect", b'P', b'P', 1.0, 3),
    ("return", b'C', b'C', 0.0, 3),
    ("exchange", b'C', b'C', 0.0, 3),
    ("warranty_repair", b'R', b'C', 0.0, 3),
    ("policy_question", b'C', b'C', 0.0, 4),
    ("attitude", b'P', b'P', 1.0, 3),
    ("slow_response", b'P', b'P', 1.0, 3),
    ("process", b'P', b'P', 1.0, 3),
    ("praise", b'C', b'C', 0.0, 4),
    ("product_info", b'C', b'C', 0.0, 4),
    ("price_promotion", b'C', b'C', 0.0, 4),
    ("stock", b'C', b'C', 0.0, 4),
    ("network_outage", b'R', b'C', 0.0, 3),
    ("regulation", b'C', b'C', 0.0, 4),
    ("force_majeure", b'C', b'C', 0.0, 3),
    ("suggestion", b'S', b'S', 0.0, 4),
    ("partnership", b'C', b'C', 0.0, 4),
];
pub const DEFAULT_BEHAVIOUR: (u8, u8, f32, u8) = (b'C', b'C', 0.0, 3);

/// Negation cues (NegEx-style). Their scope runs to the next clause break or a few chars/words.
pub const NEG_CUES: &str = "aren't|can't|cannot|couldn't|didn't|doesn't|don't|ever gets|hadn't|hasn't|haven't|isn't|neither|never|no|nor|not|nothing|shouldn't|wasn't|weren't|without|won't|wouldn't|万一|不|不是|从未|从来没|从没|以后如果|别|如果以后|并没有|并非|怕以后|怕哪天|无|木有|未|毫无|没|没有|要是以后|非";

/// Cues by which the customer declines a topic ("不是要退款，就是想…", "I'm not asking for a
/// refund"): unlike a plain negation they cancel topic nouns too.
pub const DECLINE_CUES: &str = "i don't care about|i don't want a|instead of a|instead of getting|no intention of|not after a|not asking for|not going to report|not looking for a|not trying to|rather than|不会去|不会找|不打算去|不打算找|不是想|不是要|不至于";

/// Phrases that contain a negation cue but negate nothing (questions, idioms, inability).
pub const PSEUDO_NEG: &str = "can't figure out|can't work out|cannot figure out|i just can't|if it is not|if it's not|if not|if you don't|no complaints|no idea|no matter|no problem|no rush|no worries|not a big deal|not only|not sure|won't be around|won't be home|won't be there|不上|不了|不仅|不但|不停|不到|不动|不好意思|不客气|不少|不断|不然|不用|不知道|不管|不能|不行|不进|不错|会不会|再不|可不可以|好不好|如果不|对不对|差不多|无法|无论|无语|是不是|是不是要|暂无|有没有|没法|没问题|能不能|行不行|要不然|要不要|要是不|非常";

/// Phrases that look like topic terms but are not ("发错人了" is a wrong chat, not a wrong item):
/// they hide any lexicon term inside them.
pub const NOT_TOPIC: &str = "according to the news|ad on social media|any hacks|any idea|blister pack|can you suggest|could you suggest|don't want my money back|don't want to cancel|fire code|fire hd|fire red|fire sale|fire stick|fire tv|firestick|followed the assembly instructions|followed the instructions|followed the manual|forgot to|friend of mine is a lawyer|friend's account got hacked|friend's account was hacked|fully charged|hackathon|hacking cough|i am a lawyer|i feel like an idiot|i'm a lawyer|i'm an idiot|i'm just an idiot|ignore this|in every photo|just testing|keep it up|kind regards|kindle fire|life hacks|my friend is a lawyer|network is fine|never got it wet|not a complaint|not a fault|not a network problem|not complaining|nothing is broken|nothing is wrong|nothing wrong|nothing's broken|nothing's damaged|nothing's wrong|perfect condition|please ignore|quit smoking|read in the news|robot vacuum|saw on the news|smoke alarm|smoke detector|smoke grey|social media account|the news said|user error|want another coupon|were fire|what is the process|what kind of|what's the process|when i|when it|when my|when the|when you|who is a lawyer|who took over|who's a lawyer|wifi也是好的|wifi好好的|wifi明明是好的|wifi明明没问题|wifi是好的|works perfectly|would appreciate|would love to work|you can suggest|you could suggest|you guys are on fire|you lot are on fire|一地垃圾|一样没少|不好意思 发错了|不好意思发错了|不好意思，发错了|不想取消|不想换|不想退|不想退货|不是发给你们的|不是我本人名字|不是投诉|不是本人名字|不是来投诉|不是给你们的|不是网络的问题|不是网络问题|不是要退货|不用回复了|不用换货|不用管了|不用退款|不用退货|不用退钱|不知道怎么回事|不要退款|不要退货|不需要退款|不需要退货|会不会起火|刚才发错了|包装也完好|包装也是好的|包装倒是好好的|包装垃圾|包装完好|包装是好的|卡已经注销|又快又|发错了,这条|发错了不好意思|发错了人|发错了，不好意思|发错人|发错地方|发错窗口|发错群|咋回事|哪里修改|噪音大不大|垃圾一大堆|垃圾带|垃圾桶|垃圾短信|垃圾箱|垃圾袋|垃圾邮件|垃圾都带|堆垃圾|多大面积|天气不错|天气真好|客服你好|客服在不在|客服在吗|客服在线不|客服在线吗|客服客服|客服小姐姐|客服岗位|客服您好|工信部出了|工信部新规|工信部的新规|工信部的要求|工信部的规定|工信部规定|工商银行|已经自己解决|应该还没发货|快被炸了|怎么回事|怕起火|我们是本地电视台|我们是电视台|我妈的|我是律师|所有人都能|扫地机器人|报警器|抱歉发错了|招兼职|招客服|是不是我操作|是人工客服吗|有客服吗|有客服在线|有没有人啊|有没有人在|朋友是律师|朋友的号被盗|朋友的账号被盗|没事了|注册证|消息发错|空调到|符合规则|给我修好|网络也是好的|网络没问题|网络超时|耐心等待|能不能寄|自动断电|自己解决了|订单号|请忽略|谨防触电|还没发货吧|还能修改|进水管|那条发错了|配件都齐|钱不用退";

/// Words that close a negation scope ("没坏，只是…", "not broken, but …").
pub const SCOPE_BREAKS: &str = "although|and|but|however|just|only|though|不过|但|另外|只是|可是|就是|并且|然而|而且|而是|还有";

/// Request cues: the clause that holds one is what the customer asks us to act on.
pub const REQUEST_CUES: &str = "asap|can i|can you|could you|help me|how can|how do|i would like|i'd like|immediately|need|please|want|可不可以|可以吗|如何|尽快|希望|帮忙|帮我|怎么|想要|我想|我要|给我|能不能|能否|要求|请|赶紧|需要|麻烦";

/// Question cues → consultation.
pub const QUESTION_CUES: &str = "?|any|are there|can i|could i|do i|do you|does it|does this|how|is it|is there|is this|what|when|where|which|why|wondering|为啥|什么|几天|去哪|可不可以|吗|咋|咨询|哪个|哪儿|哪家|哪里|啥时|在哪|多久|多少|如何|怎么|想知道|想问|是不是|是否|有没有|能不能|请问";

/// Fault cues: a topic that is normally a question ("头像") becomes a repair request when it
/// does not work ("头像上传不了") and no question is asked.
pub const FAULT_CUES: &str = "can't|cannot|died|doesn't work|error|fail*|isn't compatible|not compatible|not working|refuses to|stopped working|unable to|won't|上不去|不了|不出来|不能|传不上|出不来|出错|失败|存不上|异常|报错|无法|没反应|没法|系统繁忙|装不上|连不上";

/// Suggestion cues → nature suggestion.
pub const SUGGEST_CUES: &str = "consider adding|could let us|feature request|have you considered|have you thought about|how about adding|i wish|it'd be|it'd save|just an idea|please consider|really handy|recommend adding|should add|should really add|suggest*|would be awesome|would be better|would be brilliant|would be cool|would be great|would be handy|would be helpful|would be nice|would be useful|would love to see|would really help|would save me|会方便|加上这个功能|加个功能|可以加个|可以考虑|如果能|希望app|希望可以|希望增加|希望能|建议|提个意见|改进|更方便|更环保|最好能|能不能加|能不能增加|要不你们|要是有|要是能";

/// Complaint cues → nature complaint (rhetorical questions count here, not as consultation).
pub const COMPLAIN_CUES: &str = "and still no|awful|back with the same|complain*|courier never|disappoint*|exhausting|fed up|how did your|never asked for|never showed up|nobody did anything|not okay|outrageous|ridiculous|same fault|same faulty|second time|seems excessive|still not fixed|still not resolved|terrible|the listing said|unacceptable|want a different|want a replacement|what's going on|what's the point|where's the rest|without asking|worst|不合理|不满|不负责|个月了还没|二次销售|修回来|凭什么|到底想干嘛|到现在也没|又是同样|同一个问题又|同样的毛病|同样的问题又|周了还没|商家一直不|坑|天了还不|天了还没|太差|太拖了|失望|害得我|差评|形同虚设|快递员一直|怎么搞的|我要退货|投诉|搞什么|搞啥|擅自|放鸽子|新的一直没|新的到现在还没|新的就行|新的还没|无语|星期了还没|没人审|没开出来|没经过我同意|没通知我|消息都没有|申请被拒|离谱|等配件|给不给|给个说法|给我换台|翻新机|说好的|赔得起|过分|还不让|还得我自己|还是坏的|还没修好|还没处理|还没给我|还没解决|退了一半|退货被拒|钱到现在|驳回|骗";

/// Angry cues with weights (≥ 2 in total = angry). `!!!` and shouting in capitals are detected in code.
pub const ANGRY_CUES: &str = "2:bullshit|damn|disgusting|fraud*|idiot*|pathetic|sb|scam*|shit|stupid|thieves|tmd|wtf|什么态度|什么服务态度|什么破|什么素质|催了n次|催了好几次|催了很多次|傻逼|受够了|坑人|坑爹|垃圾|太过分|妈的|尼玛|废物|态度太差|态度极差|恶心|欺负人|气死|滚|破玩意|脑残|说了多少遍|骗子|骗钱;\
1.5:do something|unacceptable|useless|worst|最后一次;\
1:last time|再不|到底要|爱买不买|立刻;\
0.7:immediately|马上";

/// Negative-emotion cues with weights (≥ 1 in total, with the subcategory prior, = negative).
pub const NEGATIVE_CUES: &str = "1:absurd|annoy*|awful|been stuck|dangerous|disappoint*|fed up|frustrat*|get it back|haven't heard anything|link says it|no one told me|nobody told me|none of our|not acceptable|not happy|not impressed|nothing loads|replacement you sent|ridiculous|rude|scared|second time|sick of|sold out within|supposed to|terrible|tired of|tried three times|unhappy|upset|was rejected|where is it|where's the rest|within a minute|worried|worry|两回事|个寂寞|中转站|也打不开|冲我吼|凭什么|到底|卡住了|危险|压根|原支付|去哪了|受不了|可怕|吓人|吓死|吼我|咋回事|啥情况|太差|失望|头疼|好烦|害得我|崩溃|已过期|很烦|心烦|忒差|怎么回事|怎么突然|急死|急用|急着用|我没点|担心|挺急的|敷衍|无语|明明|有没有人管|有点急|有点慌|根本|没人管|没法组装|注册不了|浪费|烦人|烦死|烦躁|物流显示已签|甩脸色|白修|白眼|真烦|着急|离谱|突然变成|等了好久|等于白|等好久|耽误|被坑|要命|让我咋|说好|超差|这让我|退不回|郁闷|都说没|问题还是;\
0.8:keep*|kept|never|ruined|urgent*|won't let me|一直|不想等|又|好几次|就算了|居然|怎么办|查不到|白白|竟然|等不了|老是|都不行|都没|驳回;\
0.7:??|again|nobody|nothing;\
0.6:at all|every time|weeks|不行|也一样|催|几次就|到现在|半天|发错|尽快|怕|总是|恶劣|才用|次了|次都|没人|没几天|还不|还没|送错|都等|骂人;\
0.5:already|even|hasn't moved|in a week|不动了|不更新|个月了|从来没|可是|周了|多小时|天了|天没动|小时了|星期了|没任何|没动过|没更新|没有任何|礼拜了|还是|都第;\
0.4:days|even though|hours|still|不到一|为什么|坏了|好几天|已经|换了";

/// Concession cues: the customer sets a topic aside ("快递慢就算了，关键是…", "退款的事先不说"),
/// so the clause holding the cue and those before it weigh half.
pub const CONCEDE_CUES: &str = "can live with|never mind|不是重点|不用处理|不计较|不说了|先不提|先不管|先不说|先放一放|就算了|无所谓|是其次";

/// Focus cues: what follows is what the customer wants handled ("快递慢点没关系，主要是发票…",
/// "my main issue is…"), so the clauses before the cue's weigh half.
pub const FOCUS_CUES: &str = "main issue|main problem|my issue is|my problem is|my real issue|the problem is|the real issue|the real problem|主要想|主要是|关键是|就想知道|最主要|重点是";

/// Condition cues: a threat of what the customer will do otherwise ("再不发货我就退款", "fix it or
/// else I want a refund") names no topic to act on, so their clause and the next weigh half.
pub const CONDITION_CUES: &str = "if i don't get|if it's not fixed|if you don't|if you won't|or else|otherwise|不然|再不|否则|要不然";

/// Thanks in advance: a customer who thanks is rarely upset, so a problem's prior weighs less.
pub const THANKS_CUES: &str = "could you|do i turn|everything else|just checking|minor issue|minor thing|no big deal|no hurry|no rush|no urgency|not a big deal|not in a hurry|not the end of the world|not urgent|quick question|small issue|thank you|thanks|thx|不急|不是催|不是很急|不着急|不赶时间|二次验证|反馈一下|多谢|少用点|帮忙看一下|想确认|想问一下|想问下|感谢|找了半天|有点小问题|没有被盗|没被盗|请问是|谢谢|跟你们说";

/// "At all" cues: with a login or payment failure in the same clause they make it P1.
pub const AT_ALL_CUES: &str = "any card|at all|completely|entirely|every card|for anything|no one can|nobody can|none of|一分钱都|一直都|什么方式都|全部|全都|哪种方式都|完全|彻底|怎么都|所有|根本|死活|没人能|谁都|都无法";

/// Priority cues: (code, level, terms). Matched like topic terms and cancelled by negation.
pub const PRIORITY_CUES: &str = crate::text::table![
    (
        "safety",
        1,
        "a shock when|all over my hand|allergic reaction|bleeding|blister*|burn mark|burned my|burning plastic|burning smell|burnt|cut her finger|cut his finger|cut my finger|electric shock|ended up in|explode*|fell and|fell off|fire|food poisoning|gas leak*|gas smell|gave me a shock|got a shock|got burned|hospitalised|hospitalized|hot enough to burn|hurt her|hurt his|hurt my|injur*|left a burn|little shock|melted|melting|mild shock|rushed to hospital|scalded|scorched|shock from|shocked me|smell gas|smell of burning|smell of gas|smells like burning|smells of gas|smoke|smoking|sparked|sparking|sparks|stitches|swelled up|taken to hospital|threw me off|tingle|to the clinic|上吐下泻|住院|冒了一点烟|冒了一股烟|冒了点烟|冒烟|冒白烟|划了一道口子|划了个口子|划伤|割伤|包扎|去了医院|去医院了|去医院缝|受伤|吃出玻璃|嘴划破|好多血|急诊|手划破|手麻|打火|挂水|摔下来|摔伤|摔在地上|摔地上|流了血|流血|漏电|火花|灼伤|炸了|炸开|烧焦|烧起来|烫伤|烫出|焦味|煤气味|煤气泄漏|燃气味|燃气泄漏|爆炸|电了一下|电了我|电到我|着火|砸伤|砸到|碎玻璃|磕破|糊味|缝了三针|缝了两针|缝了几针|缝针|被电|触电|起了泡|起火|过敏了|食物中毒|麻手",
    ),
    (
        "outage",
        1,
        "all our customers|app and website|been down for|down for everyone|down for our|down for the whole|entire building|every customer in|every one of us|everything is down|no one can access|no one can connect|no one can get|no one can log|no one can sign|no one can use|no one can work|no one on our team|nobody can access|nobody can connect|nobody can get|nobody can log|nobody can sign|nobody can use|nobody can work|nobody in our|nobody on our team|none of our|our whole|outage|server down|server is down|servers down|service is down|service unavailable|site is down|system is down|website are down|website is down|went down for|whole building|whole neighborhood|whole org|whole team can't|whole team cannot|whole team is locked|whole team is out|业务都停了|停摆|全停了|全公司|全员登不上|全员都登不上|全小区|全崩了|全线|全部中断|全部打不开|全部用不了|全部离线|全都打不开|同事都|同时都|大家都登不上|大面积|好多人在说|宕机|店铺都瘫|所有人都|所有门店|整个业务|整个团队|整个小区|整个崩了|整个系统|整条街|整栋楼|是不是挂了|服务中断|服务器崩|服务器挂|瘫痪|系统崩溃|网站崩了|网站挂了|群里都说|都用不了|都瘫了",
    ),
    (
        "data_loss",
        1,
        "all my files|all my photos|all my saved|all our photos|data is gone|data loss|data was deleted|every document|every photo|files are gone|lists are gone|lost all my data|lost my data|months of work|notes are gone|photos are gone|pictures are gone|projects are gone|was wiped|were wiped|wiped all my|wiped out|years of data|全不见了|全没了|全被清空|全部丢失|全都不见了|存档没了|数据丢了|数据丢失|数据全丢|数据弄丢|数据没了|数据都不见了|数据都丢|数据都没了|文件丢了|文件全丢|照片都没了|笔记都没了|纪录都不见了|被清空了|记录都不见了|资料丢了|资料都不见了",
    ),
    (
        "account_stolen",
        1,
        "account got stolen|account stolen|account was stolen|been taken over|changed my password|changed the email|compromised|got into my account|hack*|hijacked|is in my account|it wasn't me|logged into my account|password was changed|signed into my account|someone accessed|someone changed|someone got into|someone is using my|someone logged into|someone used my|stole my account|stolen account|taken over my|took over my|unauthori*|was taken over|without my permission|不是我操作|不是我本人|不是我登录|别人登入|别人登录|外地登录|外地的设备|密码也被改|密码被改|异地登录|是谁登录|有人登了我的|登进了我|盗了|盗刷|盗号|盗我|盗用|盗走|被人登了|被人登录|被别人登|被别人盗|被盗|被转走|被黑|转走了",
    ),
    (
        "regulator_threat",
        1,
        "12305|12315|12345|accc|attorney general|bbb|better business bureau|consumer agency|consumer association|consumer council|consumer protection|ftc|ombudsman|regulator|trading standards|工信部|工商|市场监管|教育局|民航局|消保会|消协|消委会|消费者协会|监管部门|网信办|药监局|通信管理局|通管局|邮政管理局|邮管局|银保监|银监会",
    ),
    (
        "media_threat",
        1,
        "all over facebook|all over social|all over the internet|consumer tv|go public|journalist|local news|local paper|news station|newspaper*|post about you|posting about you|posting this|reporter|review site|social media|the media|the news|the press|to media|tv station|tweet about you|上新闻|上热搜|去曝光|发到小红书|发到微博|发到抖音|发到网上|发小红书|发微博|发抖音|发给媒体|发网上|媒体曝光|找媒体|找新闻|报社|曝光你们|曝光出去|电视台|等着曝光|网上曝光|联系媒体|被曝光|要曝光|记者|黑猫投诉",
    ),
    (
        "legal_threat",
        1,
        "attorney|consumer court|in court|lawsuit|lawyer|legal action|police|small claims|sue|suing|to court|告你们|律师|打官司|报警|法律程序|法律途径|法院|起诉",
    ),
    (
        "main_function_broken",
        2,
        "dead out of the box|does not power on|does not switch on|does not turn on|doesn't come on|doesn't power on|doesn't switch on|doesn't turn on|no lights|no longer turns on|no power|will not turn on|won't boot|won't come on|won't even turn on|won't power|won't start|won't switch on|won't turn back on|won't turn on|一点不亮|一点反应也没有|一点反应都没有|不开机|不能开机|启动不了|完全不亮|完全没反应|就黑屏|屏幕也不亮|开不了机|开不起来|开机没反应|开机键没反应|开机黑屏|怎么按都没反应|指示灯不亮|按了没反应|插上电没反应|无法开机|没有任何反应|灯也不亮|灯都不亮|通不上电|通电没反应",
    ),
    (
        "cannot_pay",
        2,
        "can't pay|cannot pay|declined|payment didn't go through|payment fail*|payment won't go through|unable to pay|不能支付|交易失败|交易异常|付不了|付款不成功|付款失败|付款异常|充值不了|充值失败|扣款失败|支付不成功|支付失败|支付异常|无法支付|没法付款|续费失败",
    ),
    (
        "refund_failed",
        2,
        "bounced back|bounced because|card has been cancelled|card has been closed|card was cancelled|could not be processed|refund bounced|refund fail*|refund rejected|refund unsuccessful|refund was rejected|refund失败|shows 'failed'|shows as 'failed'|退不了款|退回不成功|退回失败|退款不成功|退款失败|退款显示失败|退款未成功|退款没成功|退款被拒|退款被驳回|退还失败",
    ),
    (
        "order_failed",
        2,
        "can't check out|can't checkout|can't place|cannot place|checkout fail*|order won't go through|unable to place|下不了单|下单失败|下单没反应|不能下单|拍不了|提交不了|提交订单一直失败|提交订单失败|提交订单没反应|无法下单|结算不了",
    ),
];

/// Tiers that count as VIP (compared case-insensitively); replaced by `config.priority.vipTiers`.
pub const VIP_TIERS: &str = "diamond|enterprise|gold|key_account|platinum|premium|svip|vip";

/// Priority reason messages (zh, en): `{t}` is the trigger term, `{l}` the resulting level.
pub const PRIORITY_MESSAGES: &str = crate::text::table![
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
/// tickets hit the Simplified lexicon; with them the Cantonese particles that have a one-char
/// Mandarin twin (唔 不, 咗 了, 冇 没, 嘅 的 …). Sorted by the Traditional char: `matcher::trad_map`
/// searches it as it is.
pub const TRAD_SIMP: &str = "來来係系個个們们備备傳传傷伤僅仅價价優优兒儿內内兩两冇没冊册凍冻別别則则創创劃划動动務务區区協协參参咗了哋们員员唔不問问啟启啲些單单喺在嗎吗嘅的嚇吓嚟来國国圍围圖图團团報报場场塗涂壓压壞坏夠够實实審审寫写寬宽寶宝專专對对導导帐账師师帳账帶带幫帮幹干幾几庫库廣广後后從从復复惡恶愛爱態态慮虑憑凭應应戶户掃扫掛挂換换損损擔担據据攝摄敗败數数斷断於于時时書书會会條条業业極极標标樣样機机權权歡欢殘残殺杀氣气決决沒没況况淨净減减湯汤滿满濕湿災灾為为無无煙烟煩烦熱热燈灯燒烧營营爛烂狀状獨独現现環环產产畫画發发盜盗盡尽監监睇看瞭了確确碼码禮礼稅税種种稱称筆笔節节範范簡简簽签約约紅红紋纹紙纸級级細细結结絕绝絡络給给統统絲丝綁绑經经維维網网緊紧線线縫缝縮缩總总繫系續续義义聞闻聯联聲声聽听脫脱腦脑膠胶臺台與与蓋盖蘋苹處处號号蟲虫裏里補补裝装裡里製制複复見见規规視视觀观觸触訂订計计訊讯記记設设訴诉註注評评詢询話话該该詳详認认語语誤误說说誰谁課课調调談谈請请論论諮咨講讲謝谢證证識识議议護护讀读變变讓让讚赞負负貨货責责買买費费貼贴資资賣卖質质賬账購购贈赠贊赞趕赶車车軟软載载輸输轉转辦办這这連连週周進进運运過过達达違违遞递適适遲迟選选還还郵邮鈕钮銀银銷销錄录錢钱錯错錶表鍵键鏈链長长門门閃闪閉闭開开間间閱阅闆板關关險险隱隐隻只雙双雜杂離离難难電电靈灵靜静響响頁页預预頓顿頭头頻频顆颗題题額额顏颜顯显風风颱台餘余馬马駁驳駐驻騙骗驗验驟骤體体髮发鬆松鬱郁鮮鲜麥麦麵面麼么黃黄點点黴霉";

/// The cue tables in the order `Classifier::build` tags them, as one text (each table ends in
/// U+001D): one static and one unpacking instead of seventeen (~60 B of the gzipped `.wasm`).
pub const CUE_TABLES: [&str; 17] = [
    NEG_CUES, DECLINE_CUES, PSEUDO_NEG, NOT_TOPIC, SCOPE_BREAKS, REQUEST_CUES, QUESTION_CUES, SUGGEST_CUES, FAULT_CUES,
    COMPLAIN_CUES, ANGRY_CUES, NEGATIVE_CUES, AT_ALL_CUES, CONCEDE_CUES, FOCUS_CUES, CONDITION_CUES, THANKS_CUES,
];
const CUES_JOINED: [u8; crate::pack::joined_len(&CUE_TABLES)] = crate::pack::join(&CUE_TABLES);
pub const CUES: &str = match core::str::from_utf8(&CUES_JOINED) {
    Ok(s) => s,
    Err(_) => panic!("the cue tables are UTF-8"),
};

/// The tables the `.wasm` holds packed (`crate::pack`); only these are read at run time, by
/// their index here.
pub const PACKED: [&str; 5] = [TAXONOMY, CUES, PRIORITY_CUES, PRIORITY_MESSAGES, TRAD_SIMP];
pub const TAXONOMY_P: usize = 0;
pub const CUES_P: usize = 1;
pub const PRIORITY_CUES_P: usize = 2;
pub const PRIORITY_MESSAGES_P: usize = 3;
pub const TRAD_SIMP_P: usize = 4;
