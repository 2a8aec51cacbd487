//! The classifier's one data table: the default taxonomy with its zh-CN/en labels and lexicon,
//! and the cue tables (negation, request, nature, emotion, priority).
//!
//! Term syntax (one `|`-separated string per entry, folded like the text before matching):
//! - `term` weight 2 · `term=3.5` explicit weight · `3.5:a|b;3:c` weight groups (how the
//!   tables below are written: one weight per group gzips smaller than one per term)
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
/// (`id`, labels, lexicon). `config::defaults` reads it back.
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
                "3.5:authentication error|authentication failed|设备未授权|can't log in|cannot log in|session has expired|登不上账号|登陆不上|登录不上去|back to the sign-in|back to the login|no account found|登录报错|登录一直报错|登录转圈|登录卡住|登录卡在|输完密码|登录环境异常|login loop|login error|session expired|session timed out|登录过期|登录失效|登录已过期|登录没反应|can't access my account|cannot access my account|unable to access my account|登不上去;\
3:locked out|扫码登入|after i enter my password|得重新登录|授权失败|密码输了|登个账号|登录提示|sso|登入时|u盾|点登录|sign in with|log in with|第三方登录|微信登录|google登录|进不去账|账号进不去|老是要登录|用户不存在|账号不存在|keeps asking me to log in|sign me out|can't login|cannot login|couldn't log in|couldn't sign in|扫码登录|登不了|登录不进|登入不了|登入失败|无法登入|不能登入|登录超时|登录异常|invalid credentials|can't get into|cannot get into|登录老是|登录一直|登录失败|登录不了|登不上|登不进|无法登录|不能登录|没法登录|!登录不上|上不了号|账号或密码错误|被踢下线|logged out|log me out|logs me out|can't log|cannot log|can't sign in|cannot sign in|unable to log|unable to sign in|won't let me log|won't let me sign|login fail*;\
2.5:踢出来|被踢出|跳回登录|重新登录|log back in|signed out|登录页面|登录界面|login page|login screen|登录的时候|登录时|密码错误|密码不对|自动退出|kicked out|incorrect password|wrong password|进不去了;\
1.5:sign-in|log-in|登录|登陆|登入|进不去|掉线|log in*|login*|logging in|sign in|signing in|2fa;\
1:闪退登录"
            ),
            sub!(
                "registration",
                "注册",
                "Registration",
                "3.5:second account|can't register|unable to register;\
3:注册的时候一直|注册时一直|人机验证|activation email|activation link|activate my account|verification email|激活邮件|激活链接|注册验证码|注册收不到|手机号注册|邮箱注册|注册按钮|create my account|注册页面|注册时|注册的时候|注册账号|注册不上|注册不了|注册失败|无法注册|已被注册|already registered;\
2.5:开通账号|create account|make an account|open an account|sign-up|注册|创建账号|register*|registration|sign up|signing up|signup|create an account|creating an account;\
2:开户|already in use;\
1.5:新账户|新用户|新账号|new account"
            ),
            sub!(
                "password_reset",
                "密码/验证码",
                "Password & verification code",
                "3.5:改登录密码|密码过期|密码即将过期|更换密码|换密码|设置新密码|记不起来|记不住密码|密码记不|can't remember my password|don't remember my password|password reset link|链接过期|链接已过期|链接失效|验证码过期|验证码失效|忘记登录密码|忘记登入密码|忘了登录密码;\
3:password requirements|密码想改|想改密码|密码不记得|不记得密码|想不起密码|密码找回|forgot password|forgotten password|重置链接|忘记了密码|密码忘记|重设密码|改不了密码|reset link|reset email|change my password|忘记密码|忘了密码|密码忘了|找回密码|重置密码|password reset|reset my password|reset password;\
2.5:支付密码|passcode|new password|改密码|登录密码|收不到验证码|没收到验证码|验证码收不到;\
2:pin|forgot my|verification code|verification email|one-time code|2fa code|sms code|重设;\
1.5:找回|验证码|password|forgot*|reset*|otp;\
1:链接|密码|简讯"
            ),
            sub!(
                "account_security",
                "账号安全",
                "Account security",
                "3.5:sign-ins from|被别人盗|hijacked|logins on my account|logins from|two-step verification|two-factor|被人盗|二次验证|两步验证|双重验证|sign the others out|logged into my account|自称是你们|自称客服|报验证码|scam call|被盗了|密码改了|改了我的密码|changed my password|sign-in to my account|alert about a sign-in|sign-in alert|accessed from|新设备登录|freeze it|someone signed in|signed in from|login alert|不认识的设备|unrecognized device|stole my account|taken over|took over|是谁登录|谁登录的|不是我登录的|被兑换|got into my account|someone got into|recover my account|someone used my account|被别人登|密码被改|盗号|号被盗|hack*;\
3:account frozen|frozen account|account is frozen|account has been frozen|被人改|用我的账号|账号被人|异常操作|strange activity|unusual activity|security alert|盗我|盗了我|别人登录|别人登入|外地登录|陌生登录|不明登录|盗用|冒用|someone changed my|someone accessed|someone used my|someone is using my|without my permission|without my consent|lock my account|freeze my account|secure my account|!被盗|被人登录|异常登录|异地登录|被黑|有人登了我的|compromised|unauthori*|suspicious login|suspicious activity|someone else logged|someone logged into;\
2.5:被改了|陌生人|没操作过|不是我下的|风险提示|i never made|i didn't make|有人登录|账号异常|someone changed the|logged in from|unknown device|unrecogni*|陌生设备|账号安全|被冻结|封号|被封|不是我操作|stolen|account locked|account suspended|phishing;\
2:someone else|wasn't me|冻结|不是我本人|locked out|banned;\
1.5:"
            ),
            sub!(
                "profile_change",
                "资料修改",
                "Profile change",
                "3.5:绑定的邮箱|换成新号码|换绑手机|phone number linked;\
3:资料页|会员名称|生日写错|in account settings|changed my email|改个头像|name shown|change the name|correct my birthday|change my birthday|update my birthday|生日信息|昵称改|换了手机号|换了新手机号|改了名字|改名字|账户资料|账号资料|资料里的|update the mobile|update my mobile|change the mobile|change my mobile|new sim|old sim|surname|last name|family name|绑定的手机|改成新号码|换新号码|会员资料|资料填错|生日填错|改生日|change the email|change email|change the phone number|修改手机号|改邮箱|换邮箱|改实名|update my phone|change my phone|换手机号|手机号换了|更换绑定|修改绑定|改绑|改昵称|改头像|换头像|change my name|update my name|name on my account|update my profile|edit my profile|update my details|change my username|换绑|修改资料|注销账号|update the phone|update my number|registered phone|registered email;\
2.5:绑的手机|换成新号|性别|姓名|实名信息|personal details|昵称|头像|个人资料|绑定邮箱|绑定手机|解绑|改手机号|更换手机号|注销|nickname|display name|avatar|profile picture|change my email|update my email|change my phone number|email address on my account|delete my account|close my account|change the number;\
2:date of birth|绑定|新手机号|my details|new email|个人信息|改名|实名认证信息|profile|username|user name|linked to my;\
1.5:email address|用户名"
            ),
        ]),
    cat!("order", "订单", "Orders", [
            sub!(
                "order_status",
                "订单状态",
                "Order status",
                "3.5:status of an order|待接单|接没接|order is marked|出票|没点过取消|没点取消|订单成功了吗|下单成功了吗|下单成功没|有没有下单成功|订单不见|找不到订单|订单没了|order went through;\
3:哪个阶段|处理到哪|订单审核|下成功没|成功没有|成功了没|awaiting review|还算不算数|订单还是|没确认|订上没|确认了没|what stage|ready for pickup|审核多久|待商家确认|商家接单|已接单|确认收货|显示completed|显示已完成|自动确认|待审核|还在审核|审核完|已拆单|been confirmed|订单一直显示|order successful|什么状态|查一下订单|查订单|订单关闭|订单异常|订单状态|订单进度|order status|status of my order;\
2.5:待派单|pending review|under review|审核一般|突然变成|closed|订单是不是|订单列表|订单详情|已关闭|order history|order details|no confirmation|order confirmed|待确认|订单被取消|订单消失|order still shows;\
2:confirmed|order placed|went through|order page|订单显示|待付款|order confirmation;\
1.5:order number|状态|go through|confirmation|status|订单信息|待处理|处理中|审核中|订单怎么|order says|pending|processing|was my order;\
1:我的订单|my order"
            ),
            sub!(
                "order_change",
                "修改订单",
                "Order change",
                "3.5:还能加上|忘了勾|move the delivery|change the delivery date|数量从|ship my order to|ship it to|switch my order|往后挪|改期|还没发货能|还没发货可以|没发货能|差价怎么补|规格从|补差价|差价我可以补|go to my office|deliver to my office|send it to my office|instead of home|能改成|可以改成|想改成|帮我改成|没发货的话|发货前帮我改|改收货人|改配送时间|修改配送|update the shipping address;\
3:地址改成|delivery address on my order|wrong unit number|add a second item|add another item|改完地址|改了地址|还没发货的话|before it ships|再加一|订单里的|add a second guest|add a guest|送货时间|差价我补|我补差价|switch my|change my booking|modify my booking|extend my stay|加备注|忘了写|配送时间从|switch delivery|to my office|add one more|wrong flat number|wrong house number|wrong apartment number|wrong address on|before it goes out|before it's shipped|换颜色|换个颜色|颜色改|换尺码|尺码改|换规格|改备注|合并发货|change the recipient|改时间|换地址|改收货|改数量|reschedul*|change the delivery|change delivery|different address|update the delivery|add to my order|remove an item|change the quantity|改地址|地址写错|地址填错|改规格|改颜色|改尺码|修改订单|更改订单|change the colo*|change the size|change the address|change my address|change the shipping address|change my order|modify my order|update my order|update the address|edit my order;\
2.5:多住一晚|原来的订单|姓名拼音|correct it to|change it to|combine them|combine my orders|合并成一单|拆单|下错|选错|改到|预约配送|改电话|换个地址|合并订单|wrong address|shipping address|delivery address;\
2:收货人|recipient|收货地址|改成|加一件|add an item;\
1.5:写错了|填错了|能改|改一下|add another;\
1:备注|change*"
            ),
            sub!(
                "order_cancel",
                "取消订单",
                "Order cancellation",
                "3.5:直接取消|给我取消|拍重复|下重复|撤一单|点了取消|把订单取消|不打算去了|call off|想取消|取消会扣|cancel order|cancel this order|帮我取消|!取消订单|cancel my order|cancel the order;\
3:还没发货的话|before it ships|要求取消|申请取消|same thing twice|twice by accident|撤掉|撤销|取消订购|撤回订单|取消预订|cancel the reservation|取消掉|取消一下|撤单|买重复|重复下单|cancel it|ordered twice|duplicate order;\
2.5:不想等了|退单|不想买了|拍多了|no longer need|订单取消|退订|cancel*;\
2:取消|不想要了|拍错了|don't want it anymore|ordered by mistake;\
1.5:不要了"
            ),
            sub!(
                "order_placement",
                "下单失败",
                "Order placement",
                "3.5:下单报错|提交订单报错|订单一直报错|error when placing|book now|can't make a reservation|submit the booking|won't let me book|submit my booking|can't submit|cannot submit|生成不了|创建失败|确认订单|显示有货|下个单|点提交|place order|cart just reloads|cart reloads|提交订单失败|购买失败|购买不了|无法购买|不能购买|can't complete my order|can't complete the purchase|purchase fail*|下单的时候|下单时|下单一直|下单提示|下单没反应|提交订单没反应|提交不了订单|checkout fail*|checkout error|can't checkout|can't check out|unable to checkout|下不了单|无法下单|下单失败|不能下单|can't place|cannot place|unable to place|order won't go through;\
3:结账页面|trying to order|submission failed|单都失败|checkout button|没买上|买不上|抢不到|约不上|预约不了|校验失败|下单页面|无法提交|买不了|can't buy|cannot buy|unable to buy|buy button|下不了|提示库存不足|结算页|结算的时候|点结算|checkout page|submit my order|submit the order|结算不了|拍不了|order fail*;\
2.5:order button|提交订单|提交不了|订单提交;\
2:加入购物车|checkout|place an order|place my order|placing an order|placing my order|add to cart;\
1.5:下单|结算|购物车|check out|cart"
            ),
        ]),
    cat!("payment", "账单支付", "Billing & payment", [
            sub!(
                "payment_failed",
                "支付失败",
                "Payment failed",
                "3.5:pay fails|支付超时|付款到最后|待付款|top-up failed|转账失败|转不出去|payment keeps failing|交不上费|交不了费|缴不了费|交易被拒|付款不了|付不出去|支付不出去|扣款不成功|won't accept my card|doesn't accept my card|card not accepted|card rejected|payment rejected|payment not going through|付款没反应|支付没反应|支付异常|付款异常|交易异常|支付错误|扣款失败|续费失败|充值失败|充值不了|getting declined|got declined|支付失败|付款失败|付不了款|支付不了|无法支付|不能支付|没法付款|支付不成功|付款不成功|payment fail*|payment declined|card declined|card was declined|payment error|can't pay|cannot pay|unable to pay|payment won't go through|payment didn't go through;\
3:付个款|付款付了|付个钱|tried to pay|trying to pay|pay my|stays unpaid|钱没扣|没扣钱|没扣款|再付|重新付款|再支付|付款一直|支付一直|付款提示|支付提示|fails at checkout|绑卡失败|payment page|payment screen|付不了|交易失败|支付页面|付款页面|银行页面|transaction fail*;\
2.5:收银台|付款时|支付时|余额不足|付款的时候|支付的时候|declined|insufficient funds;\
2:top up|top-up;\
1.5:apple pay|google pay|支付|付款|扫码付|paypal|payment;\
1:银行卡|信用卡|credit card|pay"
            ),
            sub!(
                "refund",
                "退款",
                "Refund",
                "3.5:退款到现在|钱还没退|钱没退|还没退钱|退款还是|my refund|the refund for|退款进度|退回失败|重新退|退到余额|退到了余额|refund was rejected|refund rejected|rejected my refund|denied my refund|钱没有退|钱什么时候退|还没退款|refund hasn't|haven't got my refund|haven't received my refund|退款还没到|退款没到|还没到账|没收到退款|退到哪|退款被拒|退款被驳回|退款没成功|退款未成功|拒绝退款|not refunded|退款失败;\
3:钱还没回来|钱没回来|money be back|钱一直不退|钱没回|退的钱|没到账|没有到账|钱还没到|钱没到|退给我|原路返回|been refunded|退款|退钱|还没退|refund*|money back;\
2.5:什么时候退|退回到|paid back|back to my card|chargeback|退费|没退|钱退到|原路退回|reimburse*|credited back|get my money;\
2:给退|退到|退回来;\
1.5:到账"
            ),
            sub!(
                "invoice",
                "发票",
                "Invoice",
                "3.5:开一张|开票信息|发票|invoice*;\
3:for reimbursement|for reimburse|公司抬头|proof of purchase|报销凭证|开票|专票|普票|receipt*;\
2.5:账单明细|expense report|增值税|税号|收据|vat|tax number|tax id|billing statement;\
2:凭证|抬头|报销;\
1.5:expenses|company name|billing address"
            ),
            sub!(
                "charge_dispute",
                "扣费异常",
                "Charge dispute",
                "3.5:identical charges|two identical|余额少了|你们扣的|i was charged|实付金额|多收了|扣了三次|扣了几次|two charges|duplicate charge|auto-debit|auto debit|扣了一笔|never authorised|never authorized|didn't authorise|didn't authorize|unauthorised charge|on my statement|charge from you|three times for|被扣了|taken twice|照扣|还每个月|billed my card|charged me after|翻了一倍|never shown|service fee|hidden fee|多了个|详单|still paying|!debited|dispute it|没订过|没有订过|never subscribed|多了一笔|账单扣|卡里扣|没买东西|a charge from|subscription i cancelled|charge 了|charge了|took money|thieves|从来没开通|没开通过|增值服务费|still charged|charged my card|charge reversed|reverse the charge|charged multiple times|扣了好几次|每个月都扣|误扣|被扣费|recurring charge|又扣了|不明扣款|莫名扣款|扣多了|重复收费|收了两次|付了两次|charged again|still being charged|charged three times|扣了两次|两次钱|重复扣|!多扣|乱扣|乱收费|莫名其妙扣|扣费异常|charged twice|double charge*|double-charge*|charged me twice|billed twice|overcharg*|unauthorized charge;\
3:没提过这个|twice for the same|charge on my bill|roaming charge|盗刷|免费试用还没|free trial|bank statement|多付了|算错了|never bought|没开过|每月扣|怎么扣了|为什么扣|扣了钱|charged for something|monthly charge|never signed up|didn't sign up|又扣|扣错|自动扣|没授权|未授权|charging me|charged me|stop billing|stop charging|being charged|多收|自动续费|收费不对|金额不对|extra charge|unknown charge|charge on my card|wrong amount|auto-renew*|didn't authori*;\
2.5:没经过我同意|未经我同意|没经过同意|未经同意|without my consent|without my permission|没开通|扣我|billing me|扣费|扣款|扣钱|扣了我|被扣|subscription fee;\
2:charging|don't recogni*|价格不对|charged|billed"
            ),
        ]),
    cat!("logistics", "物流配送", "Shipping & delivery", [
            sub!(
                "delivery_delay",
                "配送延迟",
                "Delivery delay",
                "3.5:到现在还没发货|hasn't left your warehouse|left your warehouse|preparing to ship|hasn't been posted|not been posted|promised delivery|hasn't left|待揽收|小时内发货|说好的现货|现货呢|nothing has arrived|still not shipped|three weeks for|two weeks for|不送上门|派送中都|一直显示派送中|还没发|都没发|一直待发货|还没送达|超时未送达|配送太慢|not here yet|isn't here yet|还没出货|还没寄出|送餐超时|配送超时|还没送来|一直没发|迟迟不发|还不发货|发货慢|发货太慢|yet to ship|hasn't been shipped|has not been shipped|hasn't been dispatched|快递还没到|has not shipped|hasn't arrived|has not arrived|not arrived yet;\
3:estimated delivery was|预计送达是|承诺的发货时间|还不发|路上耽误|都没人来|scheduled for delivery|supposed to ship|送货上门|什么时候发|发没发|显示待发货|几天了还没|没送达|送太慢|物流太慢|快递太慢|hasn't come|running behind|小时发货|天内发货|天发货|承诺发货|没出货|未出货|没寄出|还没寄|没送来|late delivery|delivered late|supposed to arrive|没发货|未发货|不发货|还没到|还没送到|没收到货|送货太慢|催发货|not shipped|still not here|when will it arrive|when will my order arrive|when will it ship;\
2.5:was due|还在路上|没动静|还没发货|hasn't shipped|not shipped yet|待发货|预计送达|迟到|快递慢|超时|running late|expected delivery|estimated delivery|延误|没送到|多久能到|什么时候能到|几天能到|still waiting for|delay*|overdue|taking forever;\
2:出货|dispatch*|发货|延迟|几天了还|什么时候到|late|delivery date;\
1.5:骑手|寄出|my food|迟迟|太慢了|送达|配送|派送|ship*|arrive;\
1:delivery"
            ),
            sub!(
                "tracking",
                "物流查询",
                "Tracking",
                "3.5:哪家快递|物流详情|轨迹|没刷新过|异常件|没有物流更新|快递到哪|包裹到哪|parcel tracking|查不到物流|物流不动|物流停了|查物流|查快递|快递单号|运单号|物流单号|tracking number|tracking info*|where is my package|where's my package;\
3:分拣中心|多久能派|位置一直不动|位置不动|运输进度|物流进度|没变过|一直没变|取件码|物流一直|物流怎么|tracking says|tracking shows|物流显示|物流状态|快递信息|没有物流|物流记录|到哪儿了|hasn't moved|tracking page|tracking link|物流信息|没动了|不动了|到哪了|到哪里了|track*|where is my order|where's my order|hasn't updated;\
2.5:运输中|not moving|out for delivery|last update|没动静|不更新|没更新|单号|揽收|not updated|stuck in|stuck at|in transit;\
2:驿站|取件|派送中|hasn't changed|物流|停在|在哪里了|转运|中转|派件|no update*;\
1.5:not found|warehouse|快递|courier|carrier|shipment;\
1:parcel|package"
            ),
            sub!(
                "package_damaged",
                "包裹破损",
                "Damaged package",
                "3.5:歪成|泡过|软塌塌|到手就是碎的|划开|暴力运输|裂成两半|被压|压得|变了形|湿透|泡了水|broken on arrival|box was crushed|damaged box|漏汤|arrived damaged|!包装破损|!broken in transit|arrived broken;\
3:箱湿|湿晒|凹了|扔过来|是碎的|拒收了|当场拒收|压塌|压烂|摔烂|碎成|包装坏了|外包装坏|箱子烂|盒子烂|box was torn|泡烂|泡坏|洒了|洒出来|漏出来|撒出来|压碎|摔碎|破洞|淋湿|泡水|受潮|瘪了|凹进去|water damage*|water-damaged|spilled|spilt|squashed|torn open|ripped open|破损|包装破|盒子破|箱子破|压坏|压扁|摔坏|碎了|被拆过|!damaged|!crushed|!smashed|box was open*|shattered;\
2.5:塌了|扁了|撒了|没封好|划破|soaked|soaking|ruined|漏液|!磕碰|凹陷|!dented|opened before;\
2:封口|外箱|wet|!破了|!漏了|拆过|变形|torn|!leak*|cracked;\
1.5:!外包装|撕开;\
1:包装|packaging"
            ),
            sub!(
                "lost_or_wrong_item",
                "丢件/错发/漏发",
                "Lost or wrong item",
                "4:查无此件|没我的件|翻了个遍;\
3.5:驿站说没有|发错货|delivered to my letterbox|显示已送达|门口什么都没有|寄来的却是|发来的是|我买的明明是|买的明明是|never got it|reception never|lost my parcel|lost my package|lost the parcel|lost the package|it's gone|发成|box contained|no parcel|我下单的是|nothing here|不是我的|nicked|someone else's|不是我签|没签收|寄丢|and received a|was empty|少了两件|只有两件|包裹里只有|送到了一个|不认识的地址|my order was for|i ordered the|找遍了|没有这个包裹|根本没收到|没这个件|没有这个件|件丢了|少寄|少送|漏送|漏寄|送错|找不到包裹|包裹不见|丢件|快递丢了|包裹丢了|错发|发错|寄错|漏发|少发|显示签收|显示已签收|被人签收|货不对板|lost in transit|never arrived|never received|shows delivered|marked as delivered|says delivered|said delivered|wrong item|wrong product|sent the wrong|received the wrong|got the wrong|not what i ordered;\
3:signed for by|parcel is lost|package is lost|在路上丢了|signed for|没见到这个件|pickup code|只到了|got lost|packing slip|of the items|turned up|missing from the bag|是别人的|别人的包裹|别人的快递|收件人不对|收件人不是我|不是我的包裹|不是我的快递|送来的是|送过来的是|到手的是|拿到的是|给我发的是|给我送的是|不是我点的|少了一样|缺了一样|wrong order|returned to sender|少了一条|少了一双|少了一盒|少了一瓶|少了一份|少了一杯|少了一袋|少一件|只收到|数量不对|数量不够|发成了|寄成了|拿错|only received|never came|少了一件|不是我买的|不是我要的|寄过来的是|发过来的是|寄来的是|didn't receive|did not receive|haven't received|not received|nothing at my door|wrong one|items missing|item missing|missing item|missing from my order|stolen package;\
2.5:only got|丢了|丢失|已签收|签收了|颜色不对|尺码不对|型号不对|收到的是|lost|wrong size|wrong colo*;\
2:发的是|nobody came|没收到|instead of|and got a|but got|but received;\
1:买的是|i ordered"
            ),
        ]),
    cat!("product", "产品使用", "Product usage", [
            sub!(
                "how_to",
                "使用指导",
                "How-to",
                "3.5:怎么复位|哪个键|find where|怎么添加|怎么导出|怎么绑定|如何绑定;\
3:怎么更换|要怎么换|怎么连|不知道怎么|咋解开|怎么解开|how to switch|不会弄|不太会用|教我一下|which menu|lets me set|不知道在哪|搞不懂|怎么让它|同时连|first time using|是什么模式|图标是什么|找不到在哪|设个|定时开关|怎么设|如何设|怎样设置|怎样使用|哪里设置|能不能设置|is there a way to|where is the setting|how to use|怎么下载|在哪里开|在哪开|在哪设置|怎么弄|咋用|咋弄|怎么开|怎么关|如何开启|如何关闭|怎么预约|怎么清洗|如何清洗|使用教程|操作步骤|walk me through|figure out how|怎么用|怎么使用|如何使用|怎么调|怎么打开|怎么连接|怎么安装|使用方法|不会用|不会操作|不知道咋|咋绑|咋设置|咋连|咋整|咋操作|咋开;\
2.5:where do i switch|where do i turn|how do i switch|how do i turn|在哪里打开|在哪打开|在哪里看|在哪看|在哪找|在哪里找|找不到入口|怎么才能|可以设置|设置成|how should i|离线观看|离线播放|离线下载|how would i|can't figure out|调大|调小|说明书|教程|用法|instructions|tutorial|where do i find;\
2:啥意思|调节|在哪里操作|在哪操作|步骤|调高|调低|调成|调到|配对|how do i|how can i|how to|how does|how do you|set up|setup|configure|manual|pair*|where can i find;\
1.5:怎样|下载|清洗|download|怎么把|操作|设置|模式|切换|安装|激活|settings|setting|turn off|enable|disable|install*|mode;\
1:功能|连接|turn on|connect*|feature"
            ),
            sub!(
                "hardware_fault",
                "硬件故障",
                "Hardware fault",
                "4:won't even turn on|won't even power on|开不了机|无法开机|不能开机|开机没反应|开机黑屏|不开机|won't turn on|will not turn on|doesn't turn on|does not turn on|won't power on|won't boot;\
3.5:自己加速|突然自己|any sound|冒黑烟|糊味|doesn't spin|自己关机|won't switch on|指纹识别不了|指纹失灵|只吹冷风|不出热风|不启动|启动不了|不通电|通不了电|不制冷|不制热|不加热|不出水|不出热水|不出风|不排水|不脱水|不回充|触屏失灵|接触不良|烧坏|跳闸|短路|灯不亮|not cooling|stopped cooling|won't heat|not heating|doesn't heat|won't spin|won't drain|keeps turning off|turns off by itself|short circuit|充不进电|充不了电|不充电|充电没反应|按键失灵|自动关机|反复重启|冒烟|冒火花|起火|着火|烧焦|漏电|触电|爆炸|鼓包|won't start|no power|won't charge|not charging|doesn't charge|smoke|smoking|sparks|sparking|caught fire|on fire|burning smell|electric shock|shocked me|exploded|keeps restarting;\
3:doesn't switch on|does not switch on|went silent|still silent|fan roars|fan is loud|usb port|stopped recognising|stopped recognizing|not recognising|not recognizing|被电了|电了一下|金属外壳|a shock when|got a shock|gave me a shock|竖线|横线|变暗|偏色|不好使|不灵了|不响了|没声了|洗不干净|吸力变小|卡纸|漏墨|打印不出|broken down|won't work|quit working|making a noise|strange noise|weird noise|不工作|漏水|噪音大|屏幕裂|碎屏|不灵敏|充电慢|不出声|leaking water|loud noise|rattling|no picture|flicker*|dead pixel*|cracked screen|stays black|screen is black|unresponsive|shuts off|黑屏|花屏|掉电|发烫|过热|没声音|没有声音|异响|失灵|不亮|不转|死机|没有任何反应|stopped working|black screen|blank screen|overheat*|no sound|burnt|swollen;\
2.5:it stops after|充了一整晚|burn mark|got really hot|摇杆|条纹|很暗|没声|没电了|died|leaks|噪音|响声|noisy|grinding|shuts down|burning|打不开|耗电快|杂音|没有反应|电到|进水|!faulty|!malfunction*|too hot|buzzing;\
2:beeping|clicking|回充|没电|指示灯|派人|!坏了|!故障|没反应|电源键|坏掉|!broken|!broke|dead|not working|doesn't work|does not work|isn't working|stopped responding|hardware;\
1.5:画面|亮度|制冷|加热|!坏|屏幕|电池|重启|摄像头|麦克风|用不了|screen|battery|button|reboot*|speaker;\
1:充电|耳机|电源|camera|charger|device"
            ),
            sub!(
                "software_fault",
                "软件故障",
                "Software fault",
                "4:闪退|crash*;\
3.5:未知错误|传不上去|通知收不到|收不到通知|since the last update|update完|app打不开|软件打不开|app closes|closes itself|keeps closing|加载不了|卡住不动|画面卡住|播放不了|无法播放|播放失败|won't play|卡死|报错|错误代码|加载不出|加载失败|打不开app|页面打不开|升级失败|更新失败|freez*|froze|frozen screen|error code|error message|won't load|won't open|update fail*;\
3:退回桌面|全被清空|被清空了|数据弄丢|每次点开|转圈圈|全没了|升级系统以后|升级系统后|回收站|同步完|同步后|数据恢复|恢复数据|自己退出|自动关闭|闪屏|进度没保存|进度丢失|记录没了|播放进度|won't save|doesn't save|刷不出来|一直加载|视频卡|放不了|not responding|blank page|buffering|doesn't play|broken link|卡顿|很卡|太卡|错误提示|提示错误|出错|白屏|崩溃|崩了|数据丢失|同步失败|无响应|error|glitch*|!bug*|doesn't load|not loading|keeps loading|doesn't open|after the update|after updating|data loss|lost my data;\
2.5:切换不了|一打开就|更新完|更新以后|升级完|新版本|重装|重新安装|playback|reinstall*|empty file|hangs;\
2:最新版|卸载|uninstall*|卡住|卡在|更新后|升级后|固件|转圈|lag*|spinning|firmware|sync*|my data|restore*;\
1.5:程序|网页|页面|dashboard|软件|software|the app|nothing loads;\
1:视频|系统|app|应用|版本"
            ),
            sub!(
                "compatibility",
                "兼容性",
                "Compatibility",
                "4:compatib*;\
3.5:组网|google services|搭配用|能搭配|搭配使用|配合使用|还能装吗|support epub|fit and work|能装在|转接环|型号对不上|unsupported|兼容|不兼容;\
3:能装吗|will it work in|will this work in|win7|only support|only supports|5ghz|能用这个|能给我的|能充吗|充电吗|older tv|an older|av input|能用吗|fast charging|能接|能不能接|网关|apple silicon|intel mac|work on my mac|works on mac|on macs|通用|通不通用|对应型号|装得上|插不进|work with my|支不支持|是否支持|支持吗|适不适用|does it support|do you support|适配|能不能用在|能用在|支持苹果|支持安卓|支持iphone|支持ios|支持mac|支持win|will it fit|will this fit;\
2.5:配套|装不上|match my|匹配|孔位|系统版本|supported|work on my|适用于|连不上|识别不了|识别不到|work with|works with;\
2:老款|对得上|鸿蒙|support for|operating system|适用|能连|接口|fit my|fit the|fits the|support my|adapter;\
1.5:支持|手机壳|平板|linux|chromebook|苹果手机|安卓|supports|android|iphone|ios|windows|macos|usb-c;\
1:型号|mac|version of"
            ),
            sub!(
                "missing_parts",
                "缺少配件",
                "Missing parts",
                "4:didn't include|少配件|缺配件|少了个配件|少了配件|missing part*|the box was missing;\
3.5:写着有|isn't in there|wasn't in there|清单上写|manual says|no charging cable|as included|wasn't in the box|not in the box|没有说明书|没说明书|缺说明书|少件|came without|arrived without|didn't come with|did not come with|wasn't included;\
3:no power adapter|no charger inside|inside, just|aren't in the bag|not in the bag|盒子里只有|只有主机|打开盒子却没有|盒子里却没有|实际只有|没附送|没有附送|box had no|box only had|only had the|send one out|box says|光秃秃|allen key|no bolts|no screws|put it together|charging cable|没有充电线|没有数据线|没有充电器|漏配|少配|补寄|少了两|少了一|少了几|盒子里没有|箱子里没有|包装里没有|少一根|少一颗|配件没有|没有配|不附带|missing the|没有附带|没有赠品|not included|no cable|no charger;\
2.5:is included|少了|里面没有|另外买|单独购买|单独买|no batteries|标配|零件|部件|附件|没配|no instructions|配件|缺少|缺了|缺个|说明书都没有|missing*|accessor*|no manual;\
2:盒子里|保修卡|没带|少个|少一个|螺丝|充电线|数据线|遥控器|赠品|screws|free gift;\
1.5:盖子|without the|remote control|parts;\
1:lid"
            ),
            sub!(
                "quality_defect",
                "质量问题",
                "Quality defect",
                "3.5:跑毛|食物中毒|food poisoning|上吐下泻|吃坏肚子|拉肚子|头发|hair in|跑绒|钻绒|断裂|起皮|掉渣|一拧就断|拧出来就断|胶水味|begun to chip|started to chip|chipped|chipping|flaking|leaked in|let water in|junk|吃出|碎玻璃|玻璃渣|broke off|came off|collapsed|质量不行|做工粗糙|脱线|after one wash|badly made|low quality|保质期过了|掉漆|变质|发霉|不新鲜|有虫|异物|缩水|rotten|moldy|mouldy|shrunk|shrank|pilling|cheaply made|!质量问题|质量差|质量太差|做工差|瑕疵|掉色|起球|开线|开胶|脱胶|次品|假货|劣质|poor quality|bad quality|defect*|counterfeit|fell apart|came apart|coming apart|falling apart;\
3:嘴划破|手划破|split along|甲醛|味道特别大|味道很大|起疹子|不保温|炸开|缩得|松了|发黑|split open|缩了|一洗就|穿一次就|用一次就|第一次用就|没多久就|不结实|品控|粗糙|掉毛|变色|发黄|first time i used|临期|脱落|掉皮|用了几次就|用了一次就|穿了几次就|穿了一次就|洗了一次就|洗了几次就|没穿几次|没用几次|不耐用|烂的|臭了|线头|spoiled|stale|faded|fading|broke after|only lasted|flimsy|做工|褪色|异味|色差|生锈|跟图片不一样|和描述不符|与描述不符|用了几天就|没用几天就|flaw*|peeling|fraying|torn apart|cracked after|fake|not as described|doesn't match the description;\
2.5:印歪|歪的|斜的|cracking|feels cheap|划痕|裂纹|刮痕|seam*|洗完就|品质|after washing|tore|snapped|有毒|才穿|烂了|质量|有味道|裂了|裂开|裂缝|断了|松动|quality|ripped|rust*|stitching|smells|stain*;\
2:zipper|过期了|涂层|expired|才用了|seams|stopped after|loose;\
1.5:过期|cheap*"
            ),
        ]),
    cat!("after_sales", "售后退换", "Returns & warranty", [
            sub!(
                "return",
                "退货",
                "Return",
                "3.5:ship them back|ship it back|return pickup|不让退|send the watch back|returning it|returning this|i'm returning|sent my return|单号填在哪|退货单号|退货的快递|想return|return申请|怎么退|如何退|return the item|how to return|退货申请|退货被拒|start a return|return request|申请退货|我要退货|想退货|退货退款|return label|send it back;\
3:return a|return the|不想要了|不想要|post it back|吊牌还在|!想退|returning|帮我退|申请退|return it|return this|退掉|能退吗|可以退吗|退货地址|send back|sending it back|rma;\
2.5:drop it off|没拆封|没穿过|要退|退了吧|退货|退回|寄回|return*;\
2:退一下|吊牌|不合适|不喜欢|退了|doesn't suit;\
1.5:doesn't fit|don't want it"
            ),
            sub!(
                "exchange",
                "换货",
                "Exchange",
                "3.5:exchange them|exchange it for|swap the|换了两次|换了几次|换一副|换新的|换台新的|exchange for|换同款|换个颜色|换货|换大|换小|换码|换尺码|exchange*;\
3:能只换|只换一个|直接换一|换软|换一款|换个款|换大一码|换小一码|换大一号|换小一号|换一个新的|换个新的|换一台|换型号|换别的|swap for|能换|换一双|换一条|换款|调换|different colo*|another colo*|swap it|trade it for|想换|换新|大一码|小一码|换颜色|换一件|可以换吗|swap*|different size|larger size|smaller size|bigger size|size up|size down;\
2.5:换成|换一个|replacement|replace it;\
2:更换|换个|偏大|偏小|too small|too big|too large;\
1.5:小了|大了"
            ),
            sub!(
                "warranty_repair",
                "保修维修",
                "Warranty repair",
                "3.5:能上门修|within the warranty|still within warranty|约师傅|send it in|寄回去修|寄回修|走保修|保修需要|申请保修|寄过去修|寄去修|修的手机|去哪里修|维修服务|能保修吗|过保|过了保修|保修期过了|能修吗|还能修|维修费|修理费|付费维修|维修多少钱|修多少钱|报修|售后维修|out of warranty|repair cost|cost to repair|get it repaired|sent for repair|repair status|保修期内|在保修期|返修|送修|去哪修|维修点|售后网点|维修进度|寄修|上门维修|免费修|under warranty|warranty claim|send it for repair;\
3:without fixing|维修师傅|哪里修|修一修|售后点|保修一年|还在保|保修吗|repair it|出保|修不好|没修好|保内|维修|修理|修一下|修吗|repair*|get it fixed|service center|service centre;\
2.5:fix my|sent it in;\
2:修好|保修|warranty|fix it;\
1.5:师傅"
            ),
            sub!(
                "policy_question",
                "售后政策",
                "Returns & warranty policy",
                "3.5:违约金|提前解约|上门费|收费吗|returns window|return period|returns policy|be returned|时效是|你们规定|你们的规定|拆了封|extended warranty|保障范围|范围内吗|那天算|你们出还是我出|do you cover|pay the postage|pay for return shipping|整机保修|只保|算在里面|退货运费|退货邮费|退换规则|售后规则|二次销售|退货期限|退换期限|保修包括|return window|出运费|运费险|运费谁出|退货政策|退换货政策|售后政策|保修政策|保修多久|保修期多长|保修几年|保修范围|质保多久|七天无理由|return policy|refund policy|warranty policy|warranty period|is the warranty|does the warranty|warranty cover*|return shipping|pay for return|restocking fee;\
3:covered under the|服务管不管|保修管不管|covered by the warranty|accidental damage|how many days do i have|standard warranty|保固是|final sale|can return or not|时限|怎么赔|延保|只管|保固|保修卡|还能保修|能保修吗|还在保修期|eligible for|qualify for|returnable|still under warranty|开始算|从哪天算|能退几天|几天内能退|退货时间|who pays|开封后|价保|几天可以退|几天内可以|谁承担|is it covered|free returns|within 30 days|can i still return|保修期是|保不保|人为损坏|拆封|多少天内|pay for shipping|within how many days|days to return;\
2.5:赠品也要|赠品要不要|赠品需要|开封|包不包括|运费|保修期|几天内|无理由|covered by;\
2:邮费|算不算|质保|包邮吗;\
1.5:opened|规则|policy;\
1:包括|政策|international"
            ),
        ]),
    cat!("service", "服务体验", "Service experience", [
            sub!(
                "attitude",
                "服务态度",
                "Attitude",
                "4:bad attitude|态度差|态度不好|态度恶劣|爱买不买|爱理不理;\
3.5:黑着脸|closed the chat|大吼大叫|对我吼|给我道歉|不道歉|不被尊重|swore at|rolled his eyes|rolled her eyes|爱答不理|玩手机|laughed at me|called my question|called me stupid|mocked me|甩脸色|摆脸色|白眼|说话有点冲|说话冲|骂骂咧咧|爆粗口|答非所问|说话很冲|一问三不知|被怼|怼我|talked down|说话难听|冷嘲热讽|爱搭不理|骂我|吼我|凶我|不尊重|snapped at|shouted at|insulted|arrogant|态度|不耐烦|骂人|挂我电话|不礼貌|阴阳怪气|没礼貌|rude*|attitude|unprofessional|impolite|disrespectful|hung up on me|condescending;\
3:把我电话挂了|把电话挂了|被挂了|什么素质|不理我|curt|made me feel|patronising|patronizing|投诉快递员|投诉派件员|投诉骑手|不专业|canned response|useless answer|不理人|不搭理|hung up|sarcastic|mocked|挂电话|敷衍|冷漠|嘲笑|服务差|yelled|dismissive;\
2.5:难听|口气|unhelpful|语气;\
2:机器人|robot|凶;\
1:客服|agent|representative|staff|support team"
            ),
            sub!(
                "slow_response",
                "响应慢",
                "Slow response",
                "4:没人回|没人理|没有人回复|回复慢|回复太慢|回得慢|石沉大海|still waiting for a reply|slow to respond|slow response;\
3.5:没有一个人回复|a human reply|没有任何人回复|坐席繁忙|坐席忙|打不进去|排了|接通人工|人工电话|没回音|有回音|有没有人看|the callback|waiting to hear back|没一个人接|占线|followed up|没等到|phone queue|回复速度|zero repl*|真人回复|没有真人|忙音|转不到人工|转不了人工|minutes ago|hours ago|chat queue|in the queue|with you shortly|提交工单|没有任何人联系|没人联系过我|没有人联系|回复都没有|工单提交|没人回我|一直不回|几天不回|no one answers|nobody answers|nobody picks up|no one picks up|still no answer|hours on hold|没回电|给我回电|没人管|有没有人管|没人回应|已读不回|no callback|不回复|不回消息|没回复|打不通|没人接|no response|no repl*|no one replied|no one has replied|nobody replied|nobody has replied|no one responded|nobody responded|nobody has responded|no one has responded|haven't heard back|not heard back|never heard back;\
3:都没有回复|没有回覆|hold music|on hold for|anyone actually|th message|回复都没|没人回复|no reply|never replied|haven't replied|haven't heard anything|heard anything|chasing|had to chase|打了好几次|打了几次|一直没人|不回我|waiting for days|回电话|有人管吗|排队排|没回应|auto-repl*|auto repl*|automated repl*|automatic repl*|emailed support|heard nothing|等了半天|联系不上|找不到人|没人处理|waiting for a response|can't reach|cannot reach|no answer;\
2.5:too slow|been waiting|回电|前面还有|没消息|contacted support|called support|get back to me|got back to me|call back|callback|转人工|on hold;\
2:一直等|排队|人工客服;\
1.5:respond*|reply|replied|my ticket|nobody;\
1:my email"
            ),
            sub!(
                "process",
                "流程推诿",
                "Process",
                "4:踢皮球|推诿|来回推|推来推去|转来转去|runaround|passed around|bounced between;\
3.5:passing me between|phone menu|说法都不一样|重新描述|从头再讲|再讲一遍|take ownership|passing me around|go back to the store|关单|told me to call|told me to go|sends me to|sends me back|new ticket|这么复杂|搞得这么|paper form|谁来管|in circles|your process|from scratch|keep notes|convoluted|so complicated|jump through hoops|so many steps|print a form|different agents|explain my issue|explained my issue|该找谁|到底找谁|来回跑|来回折腾|流程太长|bureaucra*|blame each other|又让我找|从头讲|从头说|说了好几遍|red tape|repeat myself|推卸|互相推|没人负责|说法不一|重新说一遍|到底谁管|run around|another department|different department|nobody takes responsibility|no one takes responsibility|跑好几趟|跑了好几趟|跑几趟|跑了几趟|缺这缺那;\
3:团团转|跑营业厅|网上就不能办|非要我|all over again|from zero|reach a human|简单点|简化|same form|claim form|who should i contact|who do i talk to|让我找|让我联系|推给|重新讲|手续太多|told me to contact|sent me back to|hoops|start over|麻烦死|繁琐|重复提交|反复提交|每次都让我|重新说|重新提交|再说一遍|谁管|same information again|explain again|补材料;\
2.5:have to phone|separate ticket|complicated|paper copy|找谁|折腾|要求提供|找商家|找平台|contact the seller|contact the merchant|流程|太麻烦|一直让我|又让我|transferred|paperwork|over and over;\
2:审批|documents|approval|部门|让我等|要我提供|每次都|department|process|procedure|趟;\
1.5:又要|找售后"
            ),
            sub!(
                "praise",
                "表扬",
                "Praise",
                "4:点个赞|五星好评;\
3.5:service this good|解决得很快|处理得很快|必须表扬|can't thank|cannot thank|来夸|夸一下|真没话说|没话说|keep coming back|without any fuss|above and beyond|cheers to|sorted my issue|没得说|pass on my thanks|绝绝子|服务很赞|效率很高|效率真高|shoutout|shout-out|props to|yyds|很贴心|物超所值|讲得很清楚|谢谢客服|great experience|点赞|表扬|!很有耐心|服务很好|great service|kudos|great job;\
3:响应真快|速度真快|太感谢|wanted to say thanks|want to say thanks|super professional|very professional|很专业|best support|huge thanks|big thanks|准时送到|人超好|人很好|fantastic|wonderful|很值|讲得好|送货快|发货快|!靠谱|!贴心|!细心|!周到|五星|谢谢你们|works perfectly|works great|fast delivery|quick delivery|fast shipping|well worth|keep up|five stars|非常感谢|好评|!耐心|!给力|!很满意|辛苦了|服务好|excellent|!helpful|!patient|well done|shout out;\
2.5:brilliant|值得|超值|速度快|super fast|worth it|感谢|多谢|!热情|appreciate*|awesome|amazing|!friendly|love it;\
2:非常好|超好|lovely|很清楚|perfect*|wanted to say|谢谢你|谢谢您|!满意|棒|不错|kind|resolved my|!satisfied;\
1.5:great|讲课|!专业|解决了|赞|!好用|solved;\
1:thanks so much|thanks a lot|many thanks|thanks for|thank you"
            ),
        ]),
    cat!("presales", "售前咨询", "Pre-sales", [
            sub!(
                "product_info",
                "产品信息",
                "Product information",
                "3:what voltage|work on thick|voltage|多了什么|比普通版|还是棉|够不够穿|screen size|什么尺码|尺码合适|适用多大|想买给|能看多远|run on batteries|还没买|买之前|能调几档|几档|重不重|包括哪些|流明|差别大吗|选哪个|包含几|能同时|solid wood|thinking of ordering|thinking of buying|套餐包含|包含多少|包含哪些|pro plan|premium plan|拆洗|membership include|适合干皮|适合油皮|扛得住|适合多大|大不大|suitable for|noise cancelling|noise canceling|noise-cancelling|before i buy|before buying|plan include|included in the|dimmable|color temperature|colour temperature|板载|wattage|有什么功能|带不带|容量多大|多少寸|多少瓦|是不是正品|推荐哪款|哪个更好|what's the difference|which is better|能效|几度电|用电量|功耗|录播|课程内容|课程安排|面料|成分|几种颜色|what material|specifications|参数|尺寸|尺码表|材质|区别|有什么不同|哪个好|正品吗|产地|保质期|防水吗|dimension*|size chart|difference between|does it come with;\
2.5:偏软|偏硬|适合吗|star rating|inverter|包不包含|推荐哪个|哪个套餐|套餐里|need a subscription|does it support|true to size|runs small|runs large|防水等级|戴着游泳|功能吗|多大的|证书|课时|有效期|多长|多宽|多高|does it have|does this have|what size|made from|certificate|多重|重量|容量|续航|哪款|功率|spec*|material|made of|how big|how heavy|capacity|battery life|does this model|waterproof;\
2:原装|recommend|耗电|直播|how long does|features|recorded|lessons|规格|颜色|多大|配置|weight|which one|come with|comes with|available in|colors|colours;\
1.5:黑色|白色|这款|this model;\
1:有没有;\
3.5:国行|海外版|含绒量|充绒量|or plastic|含不含|多少分贝"
            ),
            sub!(
                "price_promotion",
                "价格优惠",
                "Price & promotion",
                "4:优惠券|优惠码|满减|coupon*;\
3.5:价保|降价了|的券|新人卷|领卷|领券|券怎么用|券用不了|能补差价|就降价|套餐价|以旧换新|能抵多少|一起用吗|店铺券|group rate*|group discount|杀熟|新人价|叠加|新人券|首月|bulk pricing|批量价|优惠|折扣|打折|促销|保价|会员价|discount*|promo*|promotion*|price match|price drop|voucher*;\
3:bank offer|no-cost emi|emi|立减|首单|pricing|批发价|便宜点|能便宜|砍价|议价|价格多少|积分抵扣|price list|降价|多少钱|差价|团购|秒杀|双十一|双11|on sale|how much|black friday;\
2.5:配送费|delivery fee|shipping fee|红包|quote|便宜|价格|价钱|618|赠品吗|price*|cheaper;\
2:活动|包邮|sale|deal*|bundle"
            ),
            sub!(
                "stock",
                "库存",
                "Stock",
                "4:缺货|断货|补货|售罄|什么时候有货|in stock|out of stock|restock*|sold out;\
3.5:will it come back|making it anymore|仅剩|只剩|available in your|got stock|现车|places left|spots left|还会补吗|会补货|补货吗|什么时候到货|还有货吗|几时有货|when will it be available|停产|没有现货|到货通知|discontinued|库存|无货|没货|现货|卖完了|backorder*;\
3:do you have size|do you have it in|返货|还会上吗|还会补|断码|没码了|空房|还有房|满房|余票|还有票|available at|再上架|when will you have|waitlist|有货|预售|stock|available again|pre-order|preorder|inventory;\
2.5:coming back|上架|还会有|什么时候有|notify me;\
2:到货|还有吗"
            ),
        ]),
    cat!("external", "外部环境", "External causes", [
            sub!(
                "network_outage",
                "网络/第三方故障",
                "Network or third-party outage",
                "4:服务器挂了|服务器崩了|服务器崩溃|网站挂了|网站崩了|宽带断了|网断了|网络断了|servers down|server down|server is down;\
3.5:lost internet|支付通道|通道故障|好多app|wider internet|internet problem|fault at their|their exchange|was down for|也down|光缆|网络很卡|整个小区|云服务|好多人都|停电|停网|连不上网|上不了网|power outage|power cut|internet is down|no internet|服务器问题|第三方的问题|第三方问题|什么时候能恢复|website is down|is it down|are you down|网络故障|断网|支付宝维护|微信维护|在维护|维护中|系统维护|carrier outage|cloud provider|down for everyone;\
3:大面积崩了|大当机|那边出问题|是不是崩了|network issue|网好了|阿里云|腾讯云|出故障了|大面积故障|is down again|partner is down|那边出故障|那边故障|那边的问题|很多人都|cdn|map service|service you use|dns|for anyone|on your side|on your end|电信|联通|been down|went down|down since|光纤|断电|信号差|网速慢|blackout|网站打不开|网页打不开|断线|什么时候恢复|不止我|not just me|is it just me|back online|when will it be back|status page|运营商|没网|网络不好|信号不好|没信号|银行系统|宕机|outage|no signal|isp|service is down|site is down|aws;\
2.5:恢复正常|for everyone|第三方|大面积|都用不了|third-party|third party;\
2:网速|别人也|信号|离线|服务器|维护|internet|provider|server*|is down|maintenance|offline;\
1.5:挂了|恢复|网络|network|wifi|wi-fi"
            ),
            sub!(
                "regulation",
                "政策法规",
                "Regulation",
                "3.5:数据安全法|right to repair|right-to-repair|快递新规|export rules|政策有调整|政策调整|ordinance|不让寄|3C标识|3C认证|新国标|import tax|duties|tax rule|回收规定|禁运|保护法|个人信息保护|禁寄|报关|privacy law|new law|新政策|新规|法规|清关|关税|实名登记|实名制|国家规定|法律规定|regulation*|legal requirement|import dut*|tariff*;\
3:以旧换新补贴|国家补贴|新规说|国标|guidelines|as per the new|国家要求|人脸识别|新法|依法|根据规定|合规|数据保护|违禁|data protection|by law|banned items|海关|实名|new rule*|customs|compliance|gdpr|kyc;\
2.5:data-residency|restriction*|政府|法律|听说以后|不能寄|限购|跨境|prohibited|规定|监管|law|government|id verification;\
2:rules|出口|限制|进口;\
1.5:eu|审核|政策;\
1:身份证"
            ),
            sub!(
                "force_majeure",
                "天气/灾害",
                "Weather or disaster",
                "5:bushfire*|极端天气|泥石流|台风|暴雨|大雪|暴雪|洪水|水灾|地震|封城|恶劣天气|自然灾害|冰雹|山火|flood*|hurricane*|typhoon*|snowstorm|blizzard|earthquake*|wildfire*|natural disaster;\
4:heavy rains|waterlogging|heavy rain|evacuat*;\
3.5:寒潮|受天气|发大水|被淹|压断|限电|停工|heavy snow|closed the roads|滑坡|路断了|volcan*|ash cloud|预警|大雾|下大雨|暴风|路封了|交通管制|heatwave|疫情|封控|封路|storm*|lockdown|pandemic|road closure*|roads closed;\
3:风球|haze|山洪|冲断|通车|大雨|quarantine;\
2.5:隔离|snow|天气|停运|weather;\
2:strike"
            ),
        ]),
    cat!("other", "其他", "Other", [
            sub!(
                "suggestion",
                "建议",
                "Suggestion",
                "4:能不能考虑|建议你们|建议把|建议在|建议增加|建议加|建议快递|it'd be nice|consider adding|提个建议|希望增加|能不能加|能不能增加|可以加个|希望能支持|would be nice|would be great|it'd be great|feature request|please add|could you add|you should add|recommend adding|add an option;\
3.5:能不能出个|you could add|would help a lot|wouldn't it be better|it would be better|you should really|you should let|one idea|建议直接|加上这个功能|maybe you could|大字版|建议出个|would help if|能不能延长|would be really helpful|so much better|显眼点|放显眼|make life|suggestion for|能加个|希望能加|would be cool|let users|allow users to|希望以后|能不能支持|suggest*;\
3:it'd be great if|would be great if|would love a way|would love it if|it'd be lovely|would be lovely|be really handy|would be handy|这样大家|这样就不用|排序|就好了|可以考虑|能不能做|i wish|要是有|加一个|增加个|should let|allow us to|should be able to|would be better|would be helpful|please consider|建议|增加一个|最好能|要是能|希望你们|改进|新功能;\
2.5:环保一点|环保的|更环保|maybe add|could you make|please make|会方便|更方便|如果有|you should|why don't you|希望能|希望可以|如果能|优化|would love|improve*;\
2:加上|添加|能支持|let us|加个|意见|wish|idea|option to;\
1.5:增加|add a"
            ),
            sub!(
                "partnership",
                "商务合作",
                "Partnership",
                "4:合作机会|推广合作|商务合作|谈合作|加盟|partnership|reseller*;\
3.5:授权合作|pitch|startup|成为你们的|找谁对接|youtube|influencer|sponsorship|all our properties|become an authorized|become an authorised|purchasing agreement|offer you our|review unit*|blogger|partner for|找谁谈|delivery partner|开店|bulk rate|批量采购|企业采购|团体采购|bulk purchase|corporate order|合作|经销|分销|批发|招商|partner with|partnering|become a partner|business partner|wholesale|collaborat*|business inquiry;\
3:博主|licensing|快闪店|市场部|贵司|partnerships|interested in listing|品牌方|带货|kol|work together|对接人|代理|供应商|入驻|联名|distribut*|bulk order|b2b|sponsor*|affiliate|supplier|our stores|our shops|retail chain|carry your|stock your|进货;\
2.5:商务|对接|采购;\
2:渠道|vendor"
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
    ("network_outage", b'R', b'C', 0.3, 3),
    ("regulation", b'C', b'C', 0.0, 4),
    ("force_majeure", b'C', b'C', 0.0, 3),
    ("suggestion", b'S', b'S', 0.0, 4),
    ("partnership", b'C', b'C', 0.0, 4),
];
pub const DEFAULT_BEHAVIOUR: (u8, u8, f32, u8) = (b'C', b'C', 0.0, 3);

/// Negation cues (NegEx-style). Their scope runs to the next clause break or a few chars/words.
pub const NEG_CUES: &str = "不|没|没有|木有|无|未|别|非|并非|不是|并没有|从没|从来没|从未|毫无|\
not|no|never|isn't|wasn't|aren't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|won't|can't|cannot|couldn't|shouldn't|wouldn't|without|neither|nor";

/// Phrases that contain a negation cue but negate nothing (questions, idioms, inability).
pub const PSEUDO_NEG: &str = "no complaints|是不是|有没有|能不能|会不会|可不可以|要不要|行不行|好不好|对不对|是否|不错|没问题|再不|如果不|要是不|否则|if not|if it's not|if it is not|if you don't|unless|不好意思|不知道|不管|不用|不客气|\
无论|无法|不能|没法|不了|不上|不到|不动|不进|不行|不然|要不然|差不多|不仅|不但|不少|不停|不断|非常|无语|\
not only|no matter|no problem|not sure|no idea|no worries|no rush|not a big deal";

/// Phrases that look like topic terms but are not ("发错人了" is a wrong chat, not a wrong item):
/// they hide any lexicon term inside them.
pub const NOT_TOPIC: &str = "smoke grey|fire sale|robot vacuum|any idea|please ignore|want another coupon|客服小姐姐|不知道怎么回事|有客服吗|还能修改|请忽略|不用管了|消息发错|not a fault|works perfectly|给我修好|不是投诉|不是来投诉|user error|not a complaint|not complaining|发错了，不好意思|发错了不好意思|kind regards|best regards|客服您好|客服你好|工商银行|报警器|生日宴|生日礼物|生日蛋糕|包装倒是好好的|包装是好的|包装完好|nothing's wrong|nothing's damaged|nothing is wrong|nothing wrong|多大面积|配件都齐|一样没少|噪音大不大|perfect condition|forgot to|哪里修改|订单号|扫地机器人|客服在线吗|客服在吗|包装垃圾|垃圾带|垃圾袋|垃圾桶|刚才发错了|工信部的新规|工信部的规定|工信部的要求|还没发货吧|应该还没发货|工信部规定|工信部出了|工信部新规|垃圾短信|垃圾邮件|垃圾箱|followed the instructions|followed the assembly instructions|followed the manual|what kind of|不好意思发错了|抱歉发错了|发错了，请忽略|是不是我操作|发错人|发错了人|找错人|发错地方|问错人|wrong chat|wrong person|wrong window|wrong number|wrong thread";

/// Words that close a negation scope ("没坏，只是…", "not broken, but …").
pub const SCOPE_BREAKS: &str = "但|但是|只是|就是|而是|可是|不过|然而|而且|并且|还有|另外|but|however|although|though|just|only|and";

/// Request cues: the clause that holds one is what the customer asks us to act on.
pub const REQUEST_CUES: &str = "要求|请|请问|帮我|帮忙|麻烦|能不能|能否|可以吗|可不可以|怎么|如何|我要|我想|想要|希望|给我|尽快|赶紧|需要|申请|\
want|please|need|can you|could you|can i|how do|how can|i'd like|i would like|help me|asap|immediately";

/// Question cues → consultation.
pub const QUESTION_CUES: &str = "吗|?|怎么|如何|什么|为什么|为啥|哪里|哪儿|在哪|去哪|哪家|哪个|多少|多久|几天|是否|是不是|有没有|能不能|可不可以|请问|想问|想知道|咨询|\
how|what|when|where|which|why|is it|is there|are there|can i|could i|do you|does it|does this|do i|is this|any|wondering|咋|啥时";

/// Fault cues: a topic that is normally a question ("头像") becomes a repair request when it
/// does not work ("头像上传不了") and no question is asked.
pub const FAULT_CUES: &str = "refuses to|保存不上|存不上|传不上|连不上|上不去|不出来|出不来|won't install|不了|失败|无法|不能|没法|报错|出错|异常|can't|cannot|unable to|won't|doesn't work|not working|error|fail*|装不上|not compatible|isn't compatible|stopped working|died";

/// Suggestion cues → nature suggestion.
pub const SUGGEST_CUES: &str = "就好了|可以考虑|i wish|would be cool|加上|会方便|更方便|要是有|would be better|would be helpful|it'd be nice|consider adding|please consider|建议|希望增加|希望能|希望可以|能不能加|能不能增加|可以加个|最好能|要是能|如果能|改进|提个意见|\
suggest|would be nice|would be great|it'd be great|feature request|please add|could you add|you should add|recommend adding";

/// Complaint cues → nature complaint (rhetorical questions count here, not as consultation).
pub const COMPLAIN_CUES: &str = "形同虚设|同样的毛病|又是同样|翻新机|not okay|exhausting|驳回|被拒|投诉|还没修好|还没解决|还没处理|怎么搞的|搞什么|太差|差评|不满|坑|骗|欺骗|失望|离谱|过分|无语|不合理|凭什么|给个说法|\
complain*|complaint|still not fixed|still not resolved|unacceptable|ridiculous|terrible|awful|disappoint*|outrageous|what's going on|fed up|worst|搞啥";

/// Angry cues with weights (≥ 2 in total = angry). `!!!` and shouting in capitals are detected in code.
pub const ANGRY_CUES: &str = "2:thieves|垃圾|骗子|骗钱|坑人|坑爹|滚|妈的|tmd|尼玛|傻逼|sb|脑残|废物|破玩意|什么破|气死|恶心|太过分|欺负人|态度太差|态度极差|受够了|什么服务态度|什么态度|催了好几次|催了很多次|催了n次|说了多少遍|scam*|fraud*|idiot*|stupid|pathetic|disgusting|bullshit|wtf|damn|shit;\
1.5:最后一次|useless|worst|do something|unacceptable;\
1:爱买不买|再不|到底要|立刻|last time;\
0.7:马上|immediately";

/// Negative-emotion cues with weights (≥ 1 in total, with the subcategory prior, = negative).
pub const NEGATIVE_CUES: &str = "1:fed up|sick of|not acceptable|有点慌|头疼|被坑|worry|not happy|急着用|tired of|rude|absurd|敷衍|忒差|冲我吼|吼我|超差|甩脸色|白眼|急死|没人管|有没有人管|说好|吓人|可怕|吓死|根本|明明|到底|失望|着急|急用|担心|好烦|很烦|烦死|真烦|烦人|心烦|烦躁|无语|郁闷|崩溃|受不了|太差|怎么回事|危险|耽误|浪费|supposed to|ridiculous|frustrat*|disappoint*|worried|annoy*|terrible|awful|upset|unhappy|dangerous|scared|啥情况|咋回事;\
0.8:怎么办|不想等|等不了|驳回|won't let me|ruined|一直|老是|就算了|都不行|好几次|好几天|居然|竟然|白白|still|keep*|never|kept|even though|nothing|urgent*;\
0.7:again;\
0.6:次了|都等|次都|半天|恶劣|骂人|几次就|没几天|才用|总是|到现在|催|尽快|还没|怕|不行|也一样|还不|没人|nobody|at all|weeks|every time|发错|送错;\
0.5:可是|从来没|小时了|多小时|hasn't moved|都第|都没|换了|还是|又|已经|天了|周了|礼拜了|个月了|不更新|没更新|不动了|没有任何|没任何|in a week|already|星期了|没动过|查不到;\
0.4:不到一|为什么|坏了|even|days|hours";

/// Concession cues: the customer sets a topic aside ("快递慢就算了，关键是…", "退款的事先不说"),
/// so the clause holding the cue and those before it weigh half.
pub const CONCEDE_CUES: &str = "无所谓|can live with|就算了|先不说|先放一放|先不管|先不提|是其次|不是重点|不说了|never mind";

/// Thanks in advance: a customer who thanks is rarely upset, so a problem's prior weighs less.
pub const THANKS_CUES: &str = "谢谢|多谢|感谢|thanks|thank you|thx";

/// "At all" cues: with a login or payment failure in the same clause they make it P1.
pub const AT_ALL_CUES: &str = "完全|根本|全部|所有|全都|一直都|怎么都|都无法|谁都|at all|completely|nobody can|no one can|none of|entirely";

/// Priority cues: (code, level, terms). Matched like topic terms and cancelled by negation.
pub const PRIORITY_CUES: &str = crate::text::table![
    (
        "safety",
        1,
        "burn mark|stitches|缝针|摔下来|磕破|摔伤|fell and|a shock when|got a shock|gave me a shock|hurt his|hurt her|fell off|吃出玻璃|碎玻璃|焦味|糊味|被电|麻手|smells like burning|smell of burning|melted|melting|sparked|冒烟|起火|着火|冒火花|打火|火花|烧焦|烧起来|漏电|触电|电到我|爆炸|炸了|炸开|包扎|受伤|烫伤|划伤|割伤|流血|住院|\
smoke|smoking|fire|sparks|sparking|burning smell|burnt|scorched|electric shock|shocked me|explode*|exploded|injur*|hurt my|burned my|ended up in|taken to hospital|rushed to hospital|hospitalised|hospitalized|cut his finger|cut her finger|cut my finger|砸到|砸伤|嘴划破|手划破|食物中毒|food poisoning|上吐下泻|住院|急诊|挂水",
    ),
    (
        "outage",
        1,
        "同事都|website are down|app and website|业务都停了|所有门店|全停了|整个业务|全部中断|全线中断|瘫痪|been down for|went down for|down for our|down for the whole|服务器挂|服务器崩|网站挂了|网站崩了|全崩了|servers down|server down|server is down|website is down|宕机|服务器挂了|系统崩溃|全部用不了|全都用不了|都用不了|所有人都|大面积|全线|整个系统|服务中断|\
outage|site is down|service is down|system is down|down for everyone|everything is down|nobody can|no one can|整个小区|整栋楼|全小区|整条街|whole building|whole neighborhood|entire building",
    ),
    (
        "data_loss",
        1,
        "projects are gone|months of work|全被清空|被清空了|照片都没了|数据弄丢|全不见了|every photo|all my photos|all our photos|all my files|photos are gone|pictures are gone|数据全丢|数据都丢|数据丢了|资料丢了|文件全丢|数据丢失|数据全没了|资料全没了|记录全没了|数据没了|文件丢了|照片全没了|data loss|lost all my data|data is gone|data was deleted|lost my data|files are gone",
    ),
    (
        "account_stolen",
        1,
        "taken over my|被别人盗|hijacked|took over my|been taken over|有人登了我的|logged into my account|盗了|是谁登录|不是我登录|got into my account|someone got into|someone logged into|盗我|盗了我|被盗用|盗用|别人登录|别人登入|被别人登|someone changed|someone accessed|someone used my|someone is using my|without my permission|盗号|被盗|号被盗|被黑|盗刷|被人登录|hack*|stolen account|account was stolen|account stolen|compromised|unauthori*|异地登录|外地登录|被转走|转走了|盗走",
    ),
    (
        "regulator_threat",
        1,
        "12315|消协|ombudsman|消费者协会|工商|市场监管|监管部门|12345|银保监|consumer protection|consumer agency|regulator|ftc|bbb|better business bureau|attorney general|trading standards|工信部|通管局|通信管理局|银监会|药监局|民航局|教育局",
    ),
    (
        "media_threat",
        1,
        "newspaper|黑猫投诉|上新闻|找新闻|local paper|review site|发到抖音|发到网上|发到微博|发到小红书|发网上|posting this|all over facebook|all over social|all over the internet|被曝光|曝光出去|等着曝光|posting about you|post about you|tweet about you|电视台|报社|发小红书|the news|local news|news station|tv station|the press|曝光你们|要曝光|去曝光|找媒体|联系媒体|媒体曝光|记者|发微博|上热搜|发抖音|网上曝光|the media|to media|journalist|reporter|go public|social media",
    ),
    (
        "legal_threat",
        1,
        "起诉|律师|法院|告你们|打官司|报警|法律途径|法律程序|sue|suing|lawsuit|lawyer|attorney|to court|in court|small claims|legal action|police",
    ),
    (
        "main_function_broken",
        2,
        "won't even turn on|dead out of the box|doesn't switch on|does not switch on|一点反应都没有|没有任何反应|就黑屏|一点反应也没有|一点不亮|完全不亮|通电没反应|插上电没反应|开不了机|开不开机|无法开机|不能开机|开机没反应|不开机|开机黑屏|won't turn on|will not turn on|doesn't turn on|does not turn on|won't power on|won't boot|won't start|won't switch on|no power",
    ),
    (
        "cannot_pay",
        2,
        "支付异常|付款异常|交易异常|扣款失败|续费失败|充值失败|充值不了|declined|支付失败|付款失败|付不了款|付不了|支付不了|无法支付|不能支付|没法付款|支付不成功|付款不成功|交易失败|payment fail*|payment declined|card declined|card was declined|can't pay|cannot pay|unable to pay|payment won't go through|payment didn't go through",
    ),
    (
        "refund_failed",
        2,
        "refund unsuccessful|退回失败|退款被拒|退款被驳回|退款没成功|退款未成功|退款失败|退款不成功|退不了款|refund fail*|refund was rejected|refund rejected",
    ),
    (
        "order_failed",
        2,
        "下单没反应|提交订单没反应|提交订单一直失败|提交订单失败|提交不了订单|checkout fail*|can't checkout|can't check out|下不了单|无法下单|下单失败|不能下单|提交不了|结算不了|拍不了|can't place|cannot place|unable to place|order won't go through",
    ),
];

/// Tiers that count as VIP (compared case-insensitively); replaced by `config.priority.vipTiers`.
pub const VIP_TIERS: &str = "vip|svip|gold|platinum|diamond|enterprise|premium|key_account";

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
pub const TRAD_SIMP: &str = "來来係系個个們们備备傳传傷伤僅仅價价優优兒儿內内兩两冇没冊册凍冻別别則则創创劃划動动務务區区協协參参咗了哋们員员唔不問问啟启啲些單单喺在嗎吗嘅的嚇吓嚟来國国圍围圖图團团報报場场塗涂壓压壞坏夠够實实審审寫写寬宽寶宝專专對对導导帐账師师帳账帶带幫帮幹干幾几庫库廣广後后從从復复惡恶愛爱態态慮虑憑凭應应戶户掃扫掛挂換换損损擔担據据攝摄敗败數数斷断於于時时書书會会條条業业極极標标樣样機机權权歡欢殘残殺杀氣气決决沒没況况淨净減减湯汤滿满濕湿災灾為为無无煙烟煩烦熱热燈灯燒烧營营爛烂狀状獨独現现環环產产畫画發发盜盗盡尽監监睇看瞭了確确碼码禮礼稅税種种稱称節节範范簡简簽签約约紅红紋纹紙纸級级細细結结絕绝絡络給给統统絲丝綁绑經经維维網网緊紧線线縫缝縮缩總总繫系續续義义聞闻聯联聲声聽听脫脱腦脑膠胶臺台與与蓋盖蘋苹處处號号蟲虫裏里補补裝装裡里製制複复見见規规視视觀观觸触訂订計计訊讯記记設设訴诉註注評评詢询話话該该詳详認认語语誤误說说誰谁課课調调談谈請请論论諮咨講讲謝谢證证識识議议護护讀读變变讓让讚赞負负貨货責责買买費费貼贴資资賣卖質质賬账購购贈赠贊赞趕赶車车軟软載载輸输轉转辦办這这連连週周進进運运過过達达違违遞递適适遲迟選选還还郵邮鈕钮銀银銷销錄录錢钱錯错錶表鍵键鏈链長长門门閃闪閉闭開开間间闆板關关險险隱隐隻只雙双雜杂離离難难電电靈灵靜静響响頁页預预頓顿頭头頻频顆颗題题額额顏颜顯显風风颱台餘余馬马駁驳駐驻騙骗驗验驟骤體体髮发鬆松鬱郁鮮鲜麥麦麵面麼么黃黄點点黴霉";
