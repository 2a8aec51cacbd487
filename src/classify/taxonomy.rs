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
//!
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
                "进不去账号=3|账号进不去=3|重新登录=2.5|老是要登录=3|登录环境异常=3.5|账号登不上=3|用户不存在=3|账号不存在=3|log back in=2.5|keeps asking me to log in=3|signed out=2.5|sign me out=3|login loop=3.5|login error=3.5|can't login=3|cannot login=3|couldn't log in=3|couldn't sign in=3|session expired=3.5|session timed out=3.5|登录过期=3.5|登录失效=3.5|登录已过期=3.5|扫码登录=3|登录没反应=3.5|登录页面=2.5|登录界面=2.5|登不了=3|登录不进=3|登入不了=3|登入失败=3|无法登入=3|不能登入=3|登录超时=3|登录异常=3|invalid credentials=3|can't get into=3|cannot get into=3|can't access my account=3.5|cannot access my account=3.5|unable to access my account=3.5|login page=2.5|login screen=2.5|sign-in=1.5|log-in=1.5|登录=1.5|登陆=1.5|登录的时候=2.5|登录时=2.5|登录老是=3|登录一直=3|登入=1.5|登录失败=3|登录不了=3|登不上=3|登不进=3|登不进去=3|无法登录=3|不能登录=3|没法登录=3|登录不上=3|上不了号=3|进不去=1.5|密码错误=2.5|密码不对=2.5|账号或密码错误=3|掉线=1.5|自动退出=2.5|被踢下线=3|退出登录=1.5|闪退登录=1|\
log in*=1.5|login*=1.5|logging in=1.5|sign in=1.5|signing in=1.5|logged out=3|log me out=3|logs me out=3|kicked out=2.5|can't log=3|cannot log=3|can't sign in=3|cannot sign in=3|unable to log=3|unable to sign in=3|won't let me log=3|won't let me sign=3|incorrect password=2.5|wrong password=2.5|login fail*=3|2fa=1.5|登不上去=3.5|进不去了=2.5"
            ),
            sub!(
                "registration",
                "注册",
                "Registration",
                "注册验证码=3|注册收不到=3|手机号注册=3|邮箱注册=3|注册按钮=3|新用户=1.5|create my account=3|can't register=3.5|unable to register=3.5|注册页面=3|注册时=3|注册的时候=3|注册账号=3|注册不上=3|开通账号=2.5|create account=2.5|make an account=2.5|open an account=2.5|sign-up=2.5|注册=2.5|注册不了=3|注册失败=3|无法注册=3|开户=2|新账号=1.5|创建账号=2.5|手机号已被注册=3|已被注册=3|\
register*=2.5|registration=2.5|sign up=2.5|signing up=2.5|signup=2.5|create an account=2.5|creating an account=2.5|new account=1.5|already registered=3|already in use=2"
            ),
            sub!(
                "password_reset",
                "密码/验证码",
                "Password & verification code",
                "密码不记得=3|不记得密码=3|想不起密码=3|密码找回=3|forgot password=3|forgotten password=3|can't remember my password=3.5|don't remember my password=3.5|password reset link=3.5|链接过期=3.5|链接已过期=3.5|链接失效=3.5|验证码过期=3.5|验证码失效=3.5|重置链接=3|链接=1|忘记了密码=3|密码忘记=3|支付密码=2.5|重设密码=3|改不了密码=3|pin=2|passcode=2.5|forgot my=2|reset link=3|reset email=3|change my password=3|new password=2.5|密码=1|忘记密码=3|忘了密码=3|密码忘了=3|找回密码=3|重置密码=3|改密码=2.5|修改密码=2.5|登录密码=2.5|找回=1.5|验证码=1.5|收不到验证码=2.5|没收到验证码=2.5|验证码收不到=2.5|\
password=1.5|forgot*=1.5|reset*=1.5|password reset=3|reset my password=3|reset password=3|verification code=2|verification email=2|one-time code=2|otp=1.5|2fa code=2|sms code=2|忘记登录密码=3.5|忘记登入密码=3.5|忘了登录密码=3.5|重设=2|简讯=1"
            ),
            sub!(
                "account_security",
                "账号安全",
                "Account security",
                "被改了=2.5|被人改=3|陌生人=2.5|用我的账号=3|没操作过=2.5|不是我下的=2.5|账号被人=3|被人改了=3|异常操作=3|风险提示=2.5|someone else=2|someone used my account=3.5|i never made=2.5|i didn't make=2.5|strange activity=3|unusual activity=3|security alert=3|盗我=3|盗了我=3|别人登录=3|别人登入=3|被别人登=3.5|有人登录=2.5|外地登录=3|陌生登录=3|不明登录=3|账号异常=2.5|盗用=3|冒用=3|密码被改=3.5|someone changed my=3|someone changed the=2.5|someone accessed=3|someone used my=3|someone is using my=3|without my permission=3|without my consent=3|wasn't me=2|lock my account=3|freeze my account=3|secure my account=3|logged in from=2.5|unknown device=2.5|unrecogni*=2.5|盗号=3.5|被盗=3|号被盗=3.5|被人登录=3|异常登录=3|陌生设备=2.5|异地登录=3|账号安全=2.5|被冻结=2.5|冻结=2|封号=2.5|被封=2.5|被黑=3|盗刷=3|有人登了我的=3|不是我本人=2|不是我操作=2.5|\
hack*=3.5|stolen=2.5|compromised=3|unauthori*=3|suspicious login=3|suspicious activity=3|someone else logged=3|someone logged into=3|locked out=2|account locked=2.5|account suspended=2.5|banned=2|frozen=1.5|phishing=2.5"
            ),
            sub!(
                "profile_change",
                "资料修改",
                "Profile change",
                "change the email=3|change email=3|email address=1.5|change the phone number=3|修改手机号=3|修改邮箱=3|改邮箱=3|换邮箱=3|实名信息=2.5|改实名=3|update my phone=3|change my phone=3|绑定=2|换绑手机=3.5|换手机号=3|手机号换了=3|新手机号=2|更换绑定=3|修改绑定=3|改绑=3|改昵称=3|改头像=3|换头像=3|change my name=3|update my name=3|name on my account=3|update my profile=3|edit my profile=3|personal details=2.5|my details=2|update my details=3|change my username=3|new email=2|昵称=2.5|头像=2.5|个人资料=2.5|个人信息=2|绑定邮箱=2.5|绑定手机=2.5|换绑=3|解绑=2.5|改手机号=2.5|更换手机号=2.5|改名=2|用户名=1.5|修改资料=3|注销=2.5|注销账号=3|实名认证信息=2|\
profile=2|nickname=2.5|username=2|user name=2|display name=2.5|avatar=2.5|profile picture=2.5|change my email=2.5|update my email=2.5|change my phone number=2.5|email address on my account=2.5|delete my account=2.5|close my account=2.5|phone number linked=3.5|linked to my=2|update the phone=3|update my number=3|change the number=2.5|registered phone=3|registered email=3"
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
                "confirmed=2|been confirmed=3|订单一直显示=3|订单是不是=2.5|订单成功了吗=3.5|下单成功了吗=3.5|下单成功没=3.5|有没有下单成功=3.5|order successful=3|order placed=2|order number=1.5|订单不见=3.5|订单列表=2.5|找不到订单=3.5|订单没了=3.5|什么状态=3|状态=1.5|查一下订单=3|查订单=3|订单详情=2.5|已关闭=2.5|订单关闭=3|订单异常=3|order went through=3.5|went through=2|go through=1.5|order history=2.5|order details=2.5|order page=2|no confirmation=2.5|confirmation=1.5|order confirmed=2.5|status=1.5|订单状态=3|订单进度=3|订单信息=1.5|订单显示=2|待确认=2.5|待付款=2|待处理=1.5|处理中=1.5|审核中=1.5|订单怎么=1.5|我的订单=1|订单被取消=2.5|订单消失=2.5|\
order status=3|status of my order=3|my order=1|order still shows=2.5|order says=1.5|pending=1.5|processing=1.5|order confirmation=2|confirmation email=1.5|was my order=1.5"
            ),
            sub!(
                "order_change",
                "修改订单",
                "Order change",
                "换规格=3|改收货人=3.5|收货人=2|改备注=3|合并发货=3|拆单=2.5|change the recipient=3|recipient=2|下错=2.5|选错=2.5|改到=2.5|改时间=3|改配送时间=3.5|修改配送=3.5|预约配送=2.5|换地址=3|改收货=3|改电话=2.5|改数量=3|reschedul*=3|change the delivery=3|change delivery=3|different address=3|update the delivery=3|add to my order=3|remove an item=3|change the quantity=3|改地址=3|修改地址=3|收货地址=2|地址写错=3|地址填错=3|写错了=1.5|填错了=1.5|改规格=3|改颜色=3|改尺码=3|修改订单=3|更改订单=3|能改=1.5|改一下=1.5|改成=2|换个地址=2.5|加一件=2|合并订单=2.5|备注=1|\
change the colo*=3|change the size=3|change the address=3|change my address=3|change the shipping address=3|change my order=3|modify my order=3|update my order=3|update the address=3|wrong address=2.5|shipping address=2.5|update the shipping address=3.5|delivery address=2.5|edit my order=3|add an item=2|add another=1.5|change*=1"
            ),
            sub!(
                "order_cancel",
                "取消订单",
                "Order cancellation",
                "撤掉=3|撤销=3|取消订购=3|撤回订单=3|取消预订=3|cancel the reservation=3|取消掉=3|取消一下=3|帮我取消=3.5|撤单=3|退单=2.5|不想买了=2.5|买重复=3|重复下单=3|拍多了=2.5|cancel it=3|no longer need=2.5|ordered twice=3|duplicate order=3|取消订单=3.5|订单取消=2.5|取消=2|撤销订单=3|不想要了=2|不要了=1.5|退订=2.5|拍错了=2|\
cancel*=2.5|cancel my order=3.5|cancel the order=3.5|cancellation=2.5|don't want it anymore=2|ordered by mistake=2"
            ),
            sub!(
                "order_placement",
                "下单失败",
                "Order placement",
                "下单页面=3|提交订单失败=3.5|无法提交=3|购买失败=3.5|买不了=3|购买不了=3.5|无法购买=3.5|不能购买=3.5|can't buy=3|cannot buy=3|unable to buy=3|buy button=3|can't complete my order=3.5|can't complete the purchase=3.5|purchase fail*=3.5|下单的时候=3.5|下单时=3.5|下单一直=3.5|下单提示=3.5|下单没反应=3.5|提交订单没反应=3.5|提交不了订单=3.5|下不了=3|提示库存不足=3|结算页面=3|结算页=3|结算的时候=3|点结算=3|checkout page=3|checkout fail*=3.5|checkout error=3.5|can't checkout=3.5|can't check out=3.5|unable to checkout=3.5|order button=2.5|submit my order=3|submit the order=3|下单=1.5|下不了单=3.5|无法下单=3.5|下单失败=3.5|不能下单=3.5|提交订单=2.5|提交不了=2.5|订单提交=2.5|结算=1.5|结算不了=3|购物车=1.5|加入购物车=2|拍不了=3|\
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
                "付款不了=3.5|付不出去=3.5|支付不出去=3.5|扣款不成功=3.5|付款一直=3|支付一直=3|付款提示=3|支付提示=3|收银台=2.5|fails at checkout=3|won't accept my card=3.5|doesn't accept my card=3.5|card not accepted=3.5|card rejected=3.5|payment rejected=3.5|payment not going through=3.5|付款没反应=3.5|支付没反应=3.5|支付异常=3.5|付款异常=3.5|交易异常=3.5|支付错误=3.5|扣款失败=3.5|绑卡失败=3|付款时=2.5|支付时=2.5|续费失败=3.5|充值失败=3.5|充值不了=3.5|getting declined=3.5|got declined=3.5|payment page=3|payment screen=3|apple pay=1.5|google pay=1.5|top up=2|top-up=2|支付失败=3.5|付款失败=3.5|付不了款=3.5|付不了=3|支付不了=3.5|无法支付=3.5|不能支付=3.5|没法付款=3.5|支付不成功=3.5|付款不成功=3.5|余额不足=2.5|支付=1.5|付款=1.5|银行卡=1|信用卡=1|微信支付=1.5|支付宝=1.5|交易失败=3|扫码付=1.5|付款的时候=2.5|支付的时候=2.5|支付页面=3|付款页面=3|银行页面=3|\
payment fail*=3.5|payment declined=3.5|card declined=3.5|card was declined=3.5|declined=2.5|payment error=3.5|can't pay=3.5|cannot pay=3.5|unable to pay=3.5|payment won't go through=3.5|payment didn't go through=3.5|transaction fail*=3|paypal=1.5|credit card=1|insufficient funds=2.5|payment=1.5|pay=1"
            ),
            sub!(
                "refund",
                "退款",
                "Refund",
                "退款申请=3|钱没回=3|钱没有退=3.5|退的钱=3|钱什么时候退=3.5|还没退款=3.5|refund hasn't=3.5|haven't got my refund=3.5|haven't received my refund=3.5|退款还没到=3.5|退款没到=3.5|还没到账=3.5|没到账=3|没有到账=3|钱还没到=3|钱没到=3|没收到退款=3.5|给退=2|退给我=3|什么时候退=2.5|原路返回=3|退到哪=3.5|退回到=2.5|退到=2|退款被拒=3.5|退款被驳回=3.5|退款没成功=3.5|退款未成功=3.5|拒绝退款=3.5|not refunded=3.5|been refunded=3|paid back=2.5|back to my card=2.5|chargeback=2.5|退款=3|退钱=3|退费=2.5|退款失败=3.5|退款到账=3|到账=1.5|没退=2.5|还没退=3|钱退到=2.5|原路退回=2.5|退款进度=3|退回来=2|\
refund*=3|money back=3|reimburse*=2.5|credited back=2.5|get my money=2.5"
            ),
            sub!(
                "invoice",
                "发票",
                "Invoice",
                "纸质发票=3.5|邮寄发票=3.5|开票信息=3.5|公司抬头=3|proof of purchase=3|开发票=3.5|发票抬头=3.5|报销凭证=3|凭证=2|账单明细=2.5|expenses=1.5|expense report=2.5|company name=1.5|发票=3.5|开票=3|电子发票=3.5|专票=3|普票=3|增值税=2.5|税号=2.5|抬头=2|收据=2.5|报销=2|\
invoice*=3.5|receipt*=3|vat=2.5|tax number=2.5|tax id=2.5|billing statement=2.5|billing address=1.5"
            ),
            sub!(
                "charge_dispute",
                "扣费异常",
                "Charge dispute",
                "每个月都扣=3.5|每月扣=3|怎么扣了=3|为什么扣=3|扣了钱=3|没开通=2.5|误扣=3.5|被扣费=3.5|charged for something=3|monthly charge=3|recurring charge=3.5|never signed up=3|didn't sign up=3|又扣了=3.5|又扣=3|扣我=2.5|不明扣款=3.5|莫名扣款=3.5|扣错=3|扣多了=3.5|多扣了=3.5|重复收费=3.5|收了两次=3.5|付了两次=3.5|自动扣=3|没授权=3|未授权=3|charging me=3|charged me=3|billing me=2.5|stop billing=3|stop charging=3|charged again=3.5|still being charged=3.5|being charged=3|charging=2|charged three times=3.5|don't recogni*=2|扣费=2.5|扣款=2.5|扣钱=2.5|扣了两次=3.5|两次钱=3.5|重复扣=3.5|重复扣款=3.5|多扣=3.5|多收=3|乱扣=3.5|扣了我=2.5|被扣=2.5|自动扣费=3|自动续费=3|乱收费=3.5|收费不对=3|金额不对=3|价格不对=2|莫名其妙扣=3.5|扣费异常=3.5|\
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
                "发没发=3|待发货=2.5|一直待发货=3.5|显示待发货=3|几天了还没=3|还没送达=3.5|没送达=3|超时未送达=3.5|预计送达=2.5|迟到=2.5|送太慢=3|配送太慢=3.5|物流太慢=3|快递太慢=3|快递慢=2.5|hasn't come=3|not here yet=3.5|isn't here yet=3.5|running behind=3|小时发货=3|天内发货=3|天发货=3|承诺发货=3|出货=2|还没出货=3.5|没出货=3|未出货=3|寄出=1.5|还没寄出=3.5|没寄出=3|还没寄=3|超时=2.5|送餐超时=3.5|配送超时=3.5|还没送来=3.5|没送来=3|一直没发=3.5|迟迟不发=3.5|还不发货=3.5|发货慢=3.5|发货太慢=3.5|late delivery=3|delivered late=3|running late=2.5|supposed to arrive=3|expected delivery=2.5|estimated delivery=2.5|not shipped yet=3.5|yet to ship=3.5|hasn't been shipped=3.5|has not been shipped=3.5|dispatch*=2|hasn't been dispatched=3.5|my food=1.5|发货=2|没发货=3|未发货=3|还没发货=3.5|不发货=3|什么时候发货=3|迟迟=1.5|延迟=2|延误=2.5|还没到=3|还没送到=3|没送到=2.5|快递还没到=3.5|还没收到货=3|没收到货=3|送货太慢=3|太慢了=1.5|几天了还=2|催发货=3|送达=1.5|配送=1.5|派送=1.5|多久能到=2.5|什么时候能到=2.5|什么时候到=2|几天能到=2.5|\
ship*=1.5|hasn't shipped=3.5|has not shipped=3.5|not shipped=3|hasn't arrived=3.5|has not arrived=3.5|not arrived yet=3.5|still not here=3|still waiting for=2.5|late=2|delay*=2.5|when will it arrive=3|when will my order arrive=3|when will it ship=3|arrive=1.5|delivery date=2|delivery=1|overdue=2.5|taking forever=2.5"
            ),
            sub!(
                "tracking",
                "物流查询",
                "Tracking",
                "驿站=2|取件=2|取件码=3|物流一直=3|物流怎么=3|没有物流更新=3.5|快递到哪=3.5|包裹到哪=3.5|parcel=1|parcel tracking=3.5|tracking says=3|tracking shows=3|派送中=2|运输中=2.5|已揽收=2.5|物流显示=3|物流状态=3|快递信息=3|查不到物流=3.5|没有物流=3|物流记录=3|到哪儿了=3|hasn't moved=3|not moving=2.5|hasn't changed=2|not found=1.5|tracking page=3|tracking link=3|out for delivery=2.5|last update=2.5|warehouse=1.5|物流=2|物流信息=3|物流不动了=3.5|物流不动=3.5|没动了=3|不动了=3|没动静=2.5|物流停了=3.5|不更新=2.5|没更新=2.5|停在=2|查物流=3.5|查快递=3.5|快递单号=3.5|运单号=3.5|单号=2.5|物流单号=3.5|到哪了=3|到哪里了=3|在哪里了=2|转运=2|中转=2|派件=2|揽收=2.5|快递=1.5|\
track*=3|tracking number=3.5|tracking info*=3.5|where is my package=3.5|where is my order=3|where's my package=3.5|where's my order=3|not updated=2.5|hasn't updated=3|no update*=2|stuck in=2.5|stuck at=2.5|courier=1.5|carrier=1.5|shipment=1.5|in transit=2.5|package=1"
            ),
            sub!(
                "package_damaged",
                "包裹破损",
                "Damaged package",
                "压塌=3|塌了=2.5|扁了=2.5|压烂=3|摔烂=3|碎成=3|包装坏了=3|外包装坏=3|箱子烂=3|盒子烂=3|broken on arrival=3.5|box was crushed=3.5|damaged box=3.5|box was torn=3|泡烂=3|泡坏=3|洒了=3|撒了=2.5|洒出来=3|漏出来=3|撒出来=3|漏汤=3.5|没封好=2.5|封口=2|包装=1|压碎=3|摔碎=3|破洞=3|划破=2.5|淋湿=3|泡水=3|受潮=3|外箱=2|瘪了=3|凹进去=3|wet=2|soaked=2.5|soaking=2.5|water damage*=3|water-damaged=3|ruined=2.5|arrived damaged=3.5|spilled=3|spilt=3|squashed=3|torn open=3|ripped open=3|packaging=1|破损=3|!包装破损=3.5|包装破=3|!外包装=1.5|盒子破=3|箱子破=3|压坏=3|压扁=3|摔坏=3|碎了=3|!破了=2|!漏了=2|漏液=2.5|撕开=1.5|被拆过=3|拆过=2|变形=2|!磕碰=2.5|凹陷=2.5|划痕=1.5|\
!damaged=3|!crushed=3|!broken in transit=3.5|arrived broken=3.5|!smashed=3|!dented=2.5|torn=2|!leak*=2|box was open*=3|opened before=2.5|cracked=2|shattered=3"
            ),
            sub!(
                "lost_or_wrong_item",
                "丢件/错发/漏发",
                "Lost or wrong item",
                "送来的是=3|送过来的是=3|到手的是=3|拿到的是=3|给我发的是=3|给我送的是=3|发的是=2|不是我点的=3|少了一样=3|缺了一样=3|wrong order=3|someone else's order=3.5|returned to sender=3|少了一条=3|少了一双=3|少了一盒=3|少了一瓶=3|少了一份=3|少了一杯=3|少了一袋=3|少一件=3|少发了=3.5|少寄=3.5|少送=3.5|漏送=3.5|漏寄=3.5|只收到=3|数量不对=3|数量不够=3|发成了=3|寄成了=3|送错=3.5|拿错=3|找不到包裹=3.5|包裹不见=3.5|only received=3|only got=2.5|never came=3|nobody came=2|丢件=3.5|丢了=2.5|快递丢了=3.5|包裹丢了=3.5|丢失=2.5|错发=3.5|发错=3.5|发错了=3.5|寄错=3.5|漏发=3.5|少发=3.5|少了一件=3|没收到=2|显示签收=3.5|显示已签收=3.5|已签收=2.5|签收了=2.5|被人签收=3.5|不是我买的=3|不是我要的=3|颜色不对=2.5|尺码不对=2.5|型号不对=2.5|货不对板=3.5|收到的是=2.5|寄过来的是=3|发过来的是=3|寄来的是=3|买的是=1|\
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
                "怎么设=3|如何设=3|怎样=1.5|怎样设置=3|怎样使用=3|怎么才能=2.5|哪里设置=3|能不能设置=3|可以设置=2.5|设置成=2.5|调节=2|how should i=2.5|is there a way to=3|where is the setting=3|how to use=3|怎么下载=3|下载=1.5|在哪里操作=2|在哪操作=2|在哪里开=3|在哪开=3|在哪设置=3|离线观看=2.5|离线播放=2.5|离线下载=2.5|怎么弄=3|咋用=3|咋弄=3|怎么开=3|怎么关=3|如何开启=3|如何关闭=3|怎么预约=3|怎么清洗=3|如何清洗=3|清洗=1.5|使用教程=3|操作步骤=3|步骤=2|how would i=2.5|walk me through=3|figure out how=3|can't figure out=2.5|download=1.5|怎么用=3|怎么使用=3|如何使用=3|怎么设置=3|如何设置=3|怎么调=3|怎么开启=3|怎么关闭=3|怎么打开=3|怎么连接=3|怎么安装=3|怎么操作=1.5|调大=2.5|调小=2.5|调高=2|调低=2|怎么把=1.5|使用方法=3|说明书=2.5|教程=2.5|操作=1.5|设置=1.5|功能=1|模式=1.5|调成=2|调到=2|切换=1.5|不会用=3|不会操作=3|在哪里设置=3|连接=1|安装=1.5|配对=2|激活=1.5|用法=2.5|\
how do i=2.5|how to=2|how can i=2.5|how does=2|how do you=2|set up=2|setup=2|settings=1.5|setting=1.5|configure=2|instructions=2.5|manual=2|tutorial=2.5|turn on=1|turn off=1.5|enable=1.5|disable=1.5|pair*=2|connect*=1|install*=1.5|where do i find=2.5|where can i find=2|mode=1.5|feature=1|不知道咋=3|咋绑=3|咋设置=3|咋连=3|咋整=3|咋操作=3|咋开=3|怎么绑定=3.5|如何绑定=3.5"
            ),
            sub!(
                "hardware_fault",
                "硬件故障",
                "Hardware fault",
                "画面=1.5|竖线=3|横线=3|条纹=2.5|变暗=3|很暗=2.5|偏色=3|亮度=1.5|不好使=3|不灵了=3|不响了=3|没声了=3|没声=2.5|不亮了=3|不启动=3.5|启动不了=3.5|不通电=3.5|通不了电=3.5|没电了=2.5|洗不干净=3|吸力变小=3|卡纸=3|漏墨=3|打印不出=3|broken down=3|won't work=3|quit working=3|died=2.5|beeping=2|leaks=2.5|making a noise=3|strange noise=3|weird noise=3|clicking=2|不制冷=3.5|制冷=1.5|不制热=3.5|不加热=3.5|加热=1.5|不出水=3.5|不出热水=3.5|不出风=3.5|不工作=3|不转了=3|不排水=3.5|不脱水=3.5|漏水=3|噪音=2.5|噪音大=3|响声=2.5|不回充=3.5|回充=2|没电=2|屏幕裂=3|碎屏=3|触屏失灵=3.5|不灵敏=3|接触不良=3.5|充电慢=3|烧坏=3.5|跳闸=3.5|短路=3.5|不出声=3|灯不亮=3.5|指示灯=2|派人=2|上门=1.5|not cooling=3.5|stopped cooling=3.5|won't heat=3.5|not heating=3.5|doesn't heat=3.5|leaking water=3|noisy=2.5|loud noise=3|rattling=3|grinding=2.5|won't spin=3.5|won't drain=3.5|no picture=3|flicker*=3|dead pixel*=3|cracked screen=3|stays black=3|screen is black=3|unresponsive=3|keeps turning off=3.5|shuts off=3|shuts down=2.5|turns off by itself=3.5|burning=2.5|short circuit=3.5|开不了机=4|开不开机=4|无法开机=4|不能开机=4|开机没反应=4|开机黑屏=4|打不开=2.5|不开机=4|!坏了=2|!坏=1.5|!故障=2|黑屏=3|花屏=3|屏幕=1.5|充不进电=3.5|充不了电=3.5|不充电=3.5|充电没反应=3.5|充电=1|电池=1.5|掉电=3|耗电快=2.5|发烫=3|过热=3|没声音=3|没有声音=3|杂音=2.5|异响=3|按键失灵=3.5|失灵=3|不亮=3|不转=3|自动关机=3.5|重启=1.5|反复重启=3.5|死机=3|没反应=2|没有任何反应=3|没有反应=2.5|冒烟=3.5|冒火花=3.5|起火=3.5|着火=3.5|烧焦=3.5|漏电=3.5|触电=3.5|电到=2.5|爆炸=3.5|鼓包=3.5|进水=2.5|摄像头=1.5|麦克风=1.5|耳机=1|电源键=2|电源=1|坏掉=2|用不了=1.5|\
!broken=2|!broke=2|won't turn on=4|will not turn on=4|doesn't turn on=4|does not turn on=4|won't power on=4|won't start=3.5|won't boot=4|dead=2|no power=3.5|won't charge=3.5|not charging=3.5|doesn't charge=3.5|stopped working=3|not working=2|doesn't work=2|does not work=2|isn't working=2|stopped responding=2|!faulty=2.5|!malfunction*=2.5|black screen=3|blank screen=3|screen=1.5|battery=1.5|overheat*=3|too hot=2.5|no sound=3|buzzing=2.5|button=1.5|smoke=3.5|smoking=3.5|sparks=3.5|sparking=3.5|caught fire=3.5|on fire=3.5|burning smell=3.5|burnt=3|electric shock=3.5|shocked me=3.5|exploded=3.5|swollen=3|keeps restarting=3.5|reboot*=1.5|camera=1|speaker=1.5|charger=1|device=1|hardware=2"
            ),
            sub!(
                "software_fault",
                "软件故障",
                "Software fault",
                "自己退出=3|自动关闭=3|闪屏=3|一打开就=2.5|进度没保存=3|进度丢失=3|记录没了=3|播放进度=3|app打不开=3.5|软件打不开=3.5|程序=1.5|app closes=3.5|closes itself=3.5|keeps closing=3.5|won't save=3|doesn't save=3|刷不出来=3|加载不了=3.5|一直加载=3|卡住不动=3.5|画面卡住=3.5|视频卡=3|播放不了=3.5|无法播放=3.5|放不了=3|播放失败=3.5|视频=1|网页=1.5|页面=1.5|更新完=2.5|更新以后=2.5|升级完=2.5|新版本=2.5|最新版=2|重装=2.5|重新安装=2.5|卸载=2|not responding=3|blank page=3|page won't load=3.5|buffering=3|won't play=3.5|doesn't play=3|playback=2.5|reinstall*=2.5|uninstall*=2|empty file=2.5|broken link=3|dashboard=1.5|闪退=4|卡死=3.5|卡顿=3|很卡=3|太卡=3|卡住=2.5|卡在=2|报错=3.5|错误代码=3.5|错误提示=3|提示错误=3|出错=3|白屏=3|加载不出来=3.5|加载失败=3.5|打不开app=3.5|页面打不开=3.5|!bug=3|崩溃=3|崩了=3|升级失败=3.5|更新失败=3.5|更新后=2|升级后=2|固件=2|系统=1|软件=1.5|app=1|应用=1|版本=1|转圈=2|数据丢失=3|同步失败=3|无响应=3|\
crash*=4|freez*=3.5|froze=3.5|frozen screen=3.5|hangs=2.5|lag*=2|error=3|error code=3.5|error message=3.5|glitch*=3|!bug*=3|won't load=3.5|doesn't load=3|not loading=3|keeps loading=3|spinning=2|won't open=3.5|doesn't open=3|after the update=3|after updating=3|update fail*=3.5|firmware=2|software=1.5|the app=1.5|sync*=2|data loss=3|lost my data=3|my data=2|restore*=2|nothing loads=1.5"
            ),
            sub!(
                "compatibility",
                "兼容性",
                "Compatibility",
                "通用=3|通不通用=3|老款=2|型号对不上=3.5|对应型号=3|配套=2.5|装得上=3|装不上=2.5|插不进=3|work with my=3|match my=2.5|支持=1.5|支不支持=3|是否支持=3|支持吗=3|适不适用=3|匹配=2.5|对得上=2|孔位=2.5|手机壳=1.5|系统版本=2.5|鸿蒙=2|平板=1.5|unsupported=3.5|supported=2.5|does it support=3|do you support=3|support for=2|linux=1.5|chromebook=1.5|operating system=2|work on my=2.5|兼容=3.5|不兼容=3.5|适配=3|适用于=2.5|适用=2|能不能用在=3|能用在=3|支持苹果=3|支持安卓=3|支持iphone=3|支持ios=3|支持mac=3|支持win=3|通用吗=3|能连=2|连不上=2.5|识别不了=2.5|识别不到=2.5|苹果手机=1.5|安卓=1.5|接口=2|型号=1|\
compatib*=4|work with=2.5|works with=2.5|fit my=2|fit the=2|fits the=2|will it fit=3|will this fit=3|support my=2|supports=1.5|android=1.5|iphone=1.5|ios=1.5|windows=1.5|macos=1.5|mac=1|adapter=2|usb-c=1.5|version of=1"
            ),
            sub!(
                "missing_parts",
                "缺少配件",
                "Missing parts",
                "里面没有=2.5|盒子里没有=3|箱子里没有=3|包装里没有=3|另外买=2.5|单独购买=2.5|单独买=2.5|少一根=3|少一颗=3|配件没有=3|no batteries=2.5|batteries not included=3|wasn't in the box=3.5|not in the box=3.5|没有说明书=3.5|没说明书=3.5|缺说明书=3.5|保修卡=2|标配=2.5|少件=3.5|零件=2.5|部件=2.5|盖子=1.5|附件=2.5|没有配=3|没配=2.5|不附带=3|came without=3.5|arrived without=3.5|without the=1.5|lid=1|no instructions=2.5|missing the=3|少配件=4|缺配件=4|配件=2.5|少了个配件=4|少了配件=4|缺少=2.5|少了=1.5|没有附带=3|没带=2|少个=2|少一个=2|缺了=2.5|缺个=2.5|少了一个=2.5|螺丝=2|充电线=2|数据线=2|说明书都没有=2.5|遥控器=2|赠品=2|没有赠品=3|\
missing*=2.5|missing part*=4|accessor*=2.5|didn't come with=3.5|did not come with=3.5|wasn't included=3.5|not included=3|no cable=3|no charger=3|no manual=2.5|screws=2|remote control=1.5|the box was missing=4|parts=1.5|free gift=2"
            ),
            sub!(
                "quality_defect",
                "质量问题",
                "Quality defect",
                "seam*=2.5|split open=3|缩了=3|一洗就=3|洗完就=2.5|穿一次就=3|用一次就=3|第一次用就=3|没多久就=3|不结实=3|质量不行=3.5|品质=2.5|品控=3|做工粗糙=3.5|粗糙=3|脱线=3.5|掉毛=3|变色=3|发黄=3|zipper=2|first time i used=3|after one wash=3.5|after washing=2.5|tore=2.5|snapped=2.5|badly made=3.5|low quality=3.5|过期了=2|保质期过了=3.5|临期=3|脱落=3|掉漆=3.5|掉皮=3|涂层=2|有毒=2.5|用了几次就=3|用了一次就=3|穿了几次就=3|穿了一次就=3|洗了一次就=3|洗了几次就=3|没穿几次=3|没用几次=3|才穿=2.5|不耐用=3|烂的=3|烂了=2.5|变质=3.5|发霉=3.5|过期=1.5|不新鲜=3.5|臭了=3|有虫=3.5|异物=3.5|缩水=3.5|线头=3|rotten=3.5|spoiled=3|expired=2|moldy=3.5|mouldy=3.5|stale=3|shrunk=3.5|shrank=3.5|faded=3|fading=3|pilling=3.5|broke after=3|only lasted=3|cheaply made=3.5|flimsy=3|质量=2.5|质量问题=3.5|质量差=3.5|质量太差=3.5|做工=3|做工差=3.5|瑕疵=3.5|掉色=3.5|褪色=3|起球=3.5|开线=3.5|开胶=3.5|脱胶=3.5|异味=3|有味道=2.5|色差=3|裂了=2.5|裂开=2.5|裂缝=2.5|生锈=3|断了=2.5|次品=3.5|假货=3.5|劣质=3.5|跟图片不一样=3|和描述不符=3|与描述不符=3|用了几天就=3|没用几天就=3|才用了=2|松动=2.5|\
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
                "怎么退=3.5|如何退=3.5|吊牌=2|吊牌还在=3|没拆封=2.5|没穿过=2.5|不合适=2|不喜欢=2|退一下=3|想退=3|要退=2.5|return the item=3.5|returning=3|how to return=3.5|退了吧=2.5|帮我退=3|申请退=3|退货申请=3.5|退货被拒=3.5|寄回去=2.5|退回去=2.5|return it=3|return this=3|start a return=3.5|return request=3.5|退货=2.5|申请退货=3.5|我要退货=3.5|想退货=3.5|退掉=3|退回=2.5|退了=2|能退吗=3|可以退吗=3|退货地址=3|寄回=2.5|退货退款=3.5|\
return*=2.5|return label=3.5|send it back=3.5|doesn't suit=2|send back=3|sending it back=3|rma=3|doesn't fit=1.5|don't want it=1.5"
            ),
            sub!(
                "exchange",
                "换货",
                "Exchange",
                "换大号=3.5|换小号=3.5|换一个新的=3|换个新的=3|换一台=3|换台新的=3.5|换型号=3|换别的=3|swap for=3|exchange for=3.5|换成=2.5|能换=3|换一双=3|换一条=3|换同款=3.5|换个颜色=3.5|换款=3|调换=3|更换=2|换新的=3|different colo*=3|another colo*=3|swap it=3|trade it for=3|换货=3.5|换一个=2.5|换个=2|想换=3|换新=3|换大=3.5|换小=3.5|大一码=3|小一码=3|换码=3.5|换尺码=3.5|换颜色=3|换一件=3|能换吗=3|可以换吗=3|偏大=2|偏小=2|小了=1.5|大了=1.5|\
exchange*=3.5|swap*=3|replacement=2.5|replace it=2.5|different size=3|larger size=3|smaller size=3|bigger size=3|size up=3|size down=3|too small=2|too big=2|too large=2"
            ),
            sub!(
                "warranty_repair",
                "保修维修",
                "Warranty repair",
                "哪里修=3|去哪里修=3.5|修一修=3|维修服务=3.5|售后点=3|保修一年=3|还在保=3|能保修吗=3.5|保修吗=3|repair it=3|fixed under warranty=3.5|过保=3.5|过了保修=3.5|保修期过了=3.5|出保=3|能修吗=3.5|还能修=3.5|维修费=3.5|修理费=3.5|付费维修=3.5|维修多少钱=3.5|修多少钱=3.5|报修=3.5|修不好=3|没修好=3|售后维修=3.5|师傅=1.5|out of warranty=3.5|repair cost=3.5|cost to repair=3.5|fix my=2.5|get it repaired=3.5|sent it in=2.5|sent for repair=3.5|repair status=3.5|保修=2|保修期内=3.5|在保修期=3.5|保内=3|维修=3|修理=3|返修=3.5|送修=3.5|去哪修=3.5|修好=2.5|修一下=3|修吗=3|维修点=3.5|售后网点=3.5|维修进度=3.5|寄修=3.5|上门维修=3.5|免费修=3.5|\
warranty=2|under warranty=3.5|warranty claim=3.5|repair*=3|fix it=2|get it fixed=3|service center=3|service centre=3|send it for repair=3.5"
            ),
            sub!(
                "policy_question",
                "售后政策",
                "Returns & warranty policy",
                "退货运费=3.5|退货邮费=3.5|邮费=2|退换规则=3.5|售后规则=3.5|能退几天=3|几天内能退=3|退货时间=3|who pays=3|二次销售=3.5|拆封后=3|开封=2.5|开封后=3|价保=3|退货期限=3.5|退换期限=3.5|几天可以退=3|几天内可以=3|算不算=2|保修包括=3.5|包不包括=2.5|谁承担=3|is it covered=3|free returns=3|return window=3.5|within 30 days=3|opened=1.5|can i still return=3|运费=2.5|出运费=3.5|运费险=3.5|谁出运费=3.5|运费谁出=3.5|退货政策=3.5|退换货政策=3.5|售后政策=3.5|保修政策=3.5|保修多久=3.5|保修期多长=3.5|保修几年=3.5|保修范围=3.5|质保多久=3.5|质保=2|保修期=2.5|保修期是=3|保不保=3|人为损坏=3|七天无理由=3.5|包括=1|拆封=3|几天内=2.5|多少天内=3|无理由=2.5|包邮吗=2|规则=1.5|政策=1|\
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
                "答非所问=3.5|机器人=2|说话很冲=3.5|不专业=3|一问三不知=3.5|态度冷淡=3.5|被怼=3.5|怼我=3.5|bad attitude=4|talked down=3.5|robot=2|canned response=3|useless answer=3|说话难听=3.5|难听=2.5|冷嘲热讽=3.5|不理人=3|不搭理=3|爱搭不理=3.5|骂我=3.5|吼我=3.5|凶我=3.5|不尊重=3.5|口气=2.5|hung up=3|snapped at=3.5|shouted at=3.5|insulted=3.5|arrogant=3.5|sarcastic=3|mocked=3|unhelpful=2.5|态度=3.5|态度差=4|态度不好=4|态度恶劣=4|客服=1|不耐烦=3.5|爱买不买=4|爱理不理=4|凶=2|骂人=3.5|挂我电话=3.5|挂电话=3|敷衍=3|冷漠=3|不礼貌=3.5|阴阳怪气=3.5|没礼貌=3.5|语气=2.5|嘲笑=3|服务差=3|\
rude*=3.5|attitude=3.5|unprofessional=3.5|impolite=3.5|disrespectful=3.5|hung up on me=3.5|yelled=3|condescending=3.5|dismissive=3|agent=1|representative=1|staff=1|support team=1"
            ),
            sub!(
                "slow_response",
                "响应慢",
                "Slow response",
                "打了好几次=3|打了几次=3|一直没人=3|都没人接=3.5|没人回我=3.5|不回我=3|一直不回=3.5|几天不回=3.5|no one answers=3.5|nobody answers=3.5|nobody picks up=3.5|no one picks up=3.5|still no answer=3.5|been waiting=2.5|waiting for days=3|hours on hold=3.5|回电话=3|回电=2.5|没回电=3.5|给我回电=3.5|没人管=3.5|有人管吗=3|有没有人管=3.5|排队排=3|前面还有=2.5|没人回应=3.5|没回应=3|已读不回=3.5|没消息=2.5|auto-repl*=3|auto repl*=3|automated repl*=3|automatic repl*=3|emailed support=3|contacted support=2.5|called support=2.5|get back to me=2.5|got back to me=2.5|heard nothing=3|no callback=3.5|call back=2.5|callback=2.5|没人回复=4|没人回=4|没人理=4|没有人回复=4|不回复=3.5|不回消息=3.5|没回复=3.5|回复慢=4|回复太慢=4|回得慢=4|等了半天=3|一直等=2|排队=2|人工客服=2|转人工=2.5|打不通=3.5|没人接=3.5|联系不上=3|找不到人=3|没人处理=3|石沉大海=4|\
no response=3.5|no reply=3.5|no one replied=3.5|no one has replied=3.5|nobody replied=3.5|nobody has replied=3.5|no one responded=3.5|nobody responded=3.5|nobody has responded=3.5|no one has responded=3.5|haven't heard back=3.5|not heard back=3.5|never heard back=3.5|still waiting for a reply=4|waiting for a response=3|slow to respond=4|slow response=4|on hold=2.5|can't reach=3|cannot reach=3|no answer=3|respond*=1.5|reply=1.5|replied=1.5|my ticket=1.5|my email=1|nobody=1.5"
            ),
            sub!(
                "process",
                "流程推诿",
                "Process",
                "该找谁=3.5|找谁=2.5|到底找谁=3.5|来回跑=3.5|来回折腾=3.5|折腾=2.5|流程太长=3.5|要求提供=2.5|who should i contact=3|who do i talk to=3|bureaucra*=3.5|blame each other=3.5|让我找=3|又让我找=3.5|找商家=2.5|找平台=2.5|让我联系=3|推给=3|从头讲=3.5|从头说=3.5|重新讲=3|说了好几遍=3.5|手续太多=3|审批=2|contact the seller=2.5|contact the merchant=2.5|told me to contact=3|sent me back to=3|documents=2|approval=2|hoops=3|red tape=3.5|repeat myself=3.5|start over=3|踢皮球=4|推诿=4|推卸=3.5|互相推=3.5|来回推=4|推来推去=4|转来转去=4|部门=2|没人负责=3.5|流程=2.5|手续=2|太麻烦=2.5|麻烦死=3|繁琐=3|重复提交=3|反复提交=3|让我等=2|一直让我=2.5|每次都让我=3|又让我=2.5|要我提供=2|说法不一=3.5|重新说=3|重新提交=3|又要=1.5|每次都=2|再说一遍=3|重新说一遍=3.5|谁管=3|到底谁管=3.5|找售后=1.5|\
runaround=4|run around=3.5|passed around=4|transferred=2.5|bounced between=4|another department=3.5|different department=3.5|department=2|process=2|procedure=2|paperwork=2.5|too complicated=2.5|same information again=3|explain again=3|over and over=2.5|nobody takes responsibility=3.5|no one takes responsibility=3.5|跑好几趟=3.5|跑了好几趟=3.5|跑几趟=3.5|跑了几趟=3.5|补材料=3|缺这缺那=3.5|趟=2"
            ),
            sub!(
                "praise",
                "表扬",
                "Praise",
                "五星好评=4|人超好=3|人很好=3|很贴心=3.5|非常好=2|超好=2|great=1.5|lovely=2|fantastic=3|wonderful=3|brilliant=2.5|很值=3|值得=2.5|物超所值=3.5|超值=2.5|讲得好=3|讲得很清楚=3.5|很清楚=2|讲课=1.5|送货快=3|发货快=3|速度快=2.5|靠谱=3|贴心=3|细心=3|周到=3|五星=3|谢谢你们=3|谢谢客服=3.5|works perfectly=3|works great=3|fast delivery=3|quick delivery=3|fast shipping=3|super fast=2.5|perfect*=2|wanted to say=2|well worth=3|worth it=2.5|great experience=3.5|keep up=3|five stars=3|thank you so much=3|thanks so much=3|thanks a lot=3|many thanks=3|thank you for=2.5|thanks for=2.5|huge thanks=3|big thanks=3|谢谢你=2|谢谢您=2|感谢=2.5|非常感谢=3|多谢=2.5|点赞=3.5|好评=3|表扬=3.5|耐心=3|很有耐心=3.5|专业=1.5|热情=2.5|给力=3|满意=2|很满意=3|辛苦了=3|解决了=1.5|服务很好=3.5|服务好=3|棒=2|赞=1.5|不错=2|好用=1.5|\
thank you=1.5|appreciate*=2.5|great service=3.5|excellent=3|awesome=2.5|amazing=2.5|helpful=3|patient=3|kind=2|friendly=2.5|love it=2.5|well done=3|kudos=3.5|shout out=3|solved=1.5|resolved my=2|great job=3.5|satisfied=2"
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
                "有什么功能=3|功能吗=2.5|带不带=3|多大的=2.5|容量多大=3|多少寸=3|多少瓦=3|是不是正品=3|原装=2|推荐哪款=3|哪个更好=3|what's the difference=3|which is better=3|recommend=2|能效=3|耗电=2|几度电=3|用电量=3|功耗=3|录播=3|直播=2|证书=2.5|课时=2.5|课程内容=3|课程安排=3|有效期=2.5|面料=3|成分=3|多长=2.5|多宽=2.5|多高=2.5|几种颜色=3|how long does=2|does it have=2.5|does this have=2.5|what size=2.5|what material=3|made from=2.5|features=2|specifications=3|certificate=2.5|recorded=2|lessons=2|参数=3|规格=2|尺寸=3|尺码表=3|材质=3|颜色=2|黑色=1.5|白色=1.5|多大=2|多重=2.5|重量=2.5|容量=2.5|续航=2.5|配置=2|区别=3|有什么不同=3|哪个好=3|哪款=2.5|这款=1.5|正品吗=3|产地=3|保质期=3|功率=2.5|防水吗=3|有没有=1|\
spec*=2.5|dimension*=3|size chart=3|material=2.5|made of=2.5|weight=2|how big=2.5|how heavy=2.5|capacity=2.5|battery life=2.5|difference between=3|which one=2|does this model=2.5|does it come with=3|come with=2|comes with=2|waterproof=2.5|available in=2|colors=2|colours=2|this model=1.5"
            ),
            sub!(
                "price_promotion",
                "价格优惠",
                "Price & promotion",
                "pricing=3|bulk pricing=3.5|批量价=3.5|批发价=3|便宜点=3|能便宜=3|砍价=3|议价=3|价格多少=3|红包=2.5|积分抵扣=3|quote=2.5|price list=3|优惠=3.5|优惠券=4|优惠码=4|折扣=3.5|打折=3.5|活动=2|满减=4|促销=3.5|降价=3|便宜=2.5|多少钱=3|价格=2.5|价钱=2.5|保价=3.5|差价=3|会员价=3.5|团购=3|秒杀=3|双十一=3|双11=3|618=2.5|赠品吗=2.5|包邮=2|\
discount*=3.5|coupon*=4|promo*=3.5|promotion*=3.5|sale=2|on sale=3|deal*=2|price*=2.5|cheaper=2.5|how much=3|black friday=3|price match=3.5|price drop=3.5|voucher*=3.5|bundle=2"
            ),
            sub!(
                "stock",
                "库存",
                "Stock",
                "什么时候到货=3.5|没货了=3.5|有现货吗=3.5|还有货吗=3.5|几时有货=3.5|when will it be available=3.5|coming back=2.5|上架=2.5|再上架=3|停产=3.5|还会有=2.5|什么时候有=2.5|没有现货=3.5|到货通知=3.5|discontinued=3.5|when will you have=3|notify me=2.5|waitlist=3|库存=3.5|有货=3|无货=3.5|缺货=4|没货=3.5|断货=4|补货=4|到货=2|现货=3.5|预售=3|售罄=4|卖完了=3.5|什么时候有货=4|还有吗=2|\
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
                "been down=3|went down=3|down since=3|光纤=3|停电=3.5|断电=3|停网=3.5|信号差=3|网速慢=3|网速=2|连不上网=3.5|上不了网=3.5|power outage=3.5|power cut=3.5|blackout=3|internet is down=3.5|no internet=3.5|服务器挂了=4|服务器崩了=4|服务器崩溃=4|服务器问题=3.5|网站打不开=3|网页打不开=3|网站挂了=4|网站崩了=4|挂了=1.5|宽带断了=4|网断了=4|网络断了=4|断线=3|第三方的问题=3.5|第三方问题=3.5|恢复=1.5|什么时候恢复=3|什么时候能恢复=3.5|恢复正常=2.5|不止我=3|别人也=2|信号=2|servers down=4|server down=4|server is down=4|website is down=3.5|is it down=3.5|are you down=3.5|for everyone=2.5|not just me=3|is it just me=3|back online=3|when will it be back=3|status page=3|运营商=3|网络故障=3.5|断网=3.5|没网=3|网络不好=3|信号不好=3|没信号=3|离线=2|网络=1.5|宽带=2.5|服务器=2|第三方=2.5|银行系统=3|支付宝维护=3.5|微信维护=3.5|维护=2|在维护=3.5|维护中=3.5|系统维护=3.5|大面积=2.5|都用不了=2.5|宕机=3|\
outage=3|network=1.5|internet=2|wifi=1.5|wi-fi=1.5|no signal=3|isp=3|carrier outage=3.5|cloud provider=3.5|provider=2|third-party=2.5|third party=2.5|server*=2|down for everyone=3.5|service is down=3|site is down=3|is down=2|maintenance=2|aws=3|offline=2"
            ),
            sub!(
                "regulation",
                "政策法规",
                "Regulation",
                "rules=2|eu=1.5|restriction*=2.5|新法=3|政府=2.5|海关要求=3|出口=2|禁运=3.5|限制=2|保护法=3.5|个人信息保护=3.5|法律=2.5|依法=3|根据规定=3|合规=3|数据保护=3|听说以后=2.5|审核=1.5|禁寄=3.5|违禁=3|不能寄=2.5|限购=2.5|报关=3.5|进口=2|跨境=2.5|privacy law=3.5|data protection=3|new law=3.5|by law=3|prohibited=2.5|banned items=3|新政策=3.5|政策=1.5|新规=3.5|新规定=3.5|规定=2.5|法规=3.5|海关=3|清关=3.5|关税=3.5|实名=3|实名登记=3.5|实名制=3.5|身份证=1|监管=2.5|国家规定=3.5|法律规定=3.5|\
regulation*=3.5|new rule*=3|law=2.5|legal requirement=3.5|customs=3|import dut*=3.5|tariff*=3.5|government=2.5|compliance=3|gdpr=3|id verification=2.5|kyc=3"
            ),
            sub!(
                "force_majeure",
                "天气/灾害",
                "Weather or disaster",
                "下大雨=3.5|大雨=3|暴风=3.5|极端天气=5|泥石流=5|路封了=3.5|交通管制=3.5|隔离=2.5|heavy rain=4|snow=2.5|heatwave=3.5|evacuat*=4|quarantine=3|台风=5|暴雨=5|大雪=5|暴雪=5|洪水=5|水灾=5|地震=5|疫情=3.5|封控=3.5|封城=5|天气=2.5|恶劣天气=5|停运=2.5|封路=3.5|自然灾害=5|冰雹=5|山火=5|\
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
                "就好了=3|可以考虑=3|能不能做=3|would be cool=3.5|i wish=3|could you make=2.5|please make=2.5|加上=2|会方便=2.5|更方便=2.5|要是有=3|如果有=2.5|加一个=3|增加个=3|添加=2|能支持=2|you should=2.5|should let=3|let us=2|let users=3.5|allow us to=3|allow users to=3.5|should be able to=3|would be better=3|would be helpful=3|it'd be nice=4|why don't you=2.5|consider adding=4|please consider=3|建议=3|提个建议=4|希望增加=4|希望能=2.5|希望可以=2.5|能不能加=4|能不能增加=4|可以加个=4|增加一个=3|加个=2|增加=1.5|最好能=3|要是能=3|希望以后=3.5|希望你们=3|能不能支持=3.5|希望能支持=4|如果能=2.5|改进=3|优化=2.5|新功能=3|意见=2|\
suggest*=3.5|would be nice=4|would be great=4|it'd be great=4|would love=2.5|feature request=4|please add=4|could you add=4|you should add=4|wish=2|improve*=2.5|recommend adding=4|idea=2|add an option=4|add a=1.5|option to=2"
            ),
            sub!(
                "partnership",
                "商务合作",
                "Partnership",
                "批量采购=3.5|企业采购=3.5|团体采购=3.5|合作机会=4|商务=2.5|品牌方=3|推广合作=4|带货=3|kol=3|bulk purchase=3.5|corporate order=3.5|work together=3|合作=3.5|商务合作=4|谈合作=4|对接=2.5|对接人=3|代理=3|加盟=4|经销=3.5|分销=3.5|批发=3.5|采购=2.5|渠道=2|供应商=3|入驻=3|招商=3.5|联名=3|\
partner*=3.5|partnership=4|reseller*=4|distribut*=3|wholesale=3.5|bulk order=3|collaborat*=3.5|business inquiry=3.5|b2b=3|sponsor*=3|affiliate=3|supplier=3|vendor=2|our stores=3|our shops=3|retail chain=3|carry your=3|stock your=3|进货=3"
            ),
        ],
    },
];

/// Per-subcategory behaviour: nature without / with a question cue (C consultation, P complaint,
/// S suggestion, R repair_request), negative-emotion prior, base priority (1..4).
/// Unknown (custom) subcategories use `DEFAULT_BEHAVIOUR`.
pub const BEHAVIOUR: &[(&str, u8, u8, f32, u8)] = &[
    ("login_failed", b'R', b'R', 0.7, 2),
    ("registration", b'R', b'C', 0.3, 3),
    ("password_reset", b'R', b'C', 0.2, 3),
    ("account_security", b'R', b'C', 1.0, 3),
    ("profile_change", b'C', b'C', 0.0, 4),
    ("order_status", b'C', b'C', 0.0, 3),
    ("order_change", b'C', b'C', 0.0, 3),
    ("order_cancel", b'C', b'C', 0.0, 3),
    ("order_placement", b'R', b'R', 0.7, 2),
    ("payment_failed", b'R', b'R', 1.0, 2),
    ("refund", b'P', b'C', 0.2, 3),
    ("invoice", b'C', b'C', 0.0, 4),
    ("charge_dispute", b'P', b'P', 1.0, 3),
    ("delivery_delay", b'P', b'C', 0.4, 3),
    ("tracking", b'C', b'C', 0.2, 3),
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
    ("attitude", b'P', b'P', 0.8, 3),
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
how|what|when|where|which|why|is it|is there|are there|can i|could i|do you|does it|does this|do i|is this|any|wondering|咋|啥时";

/// Fault cues: a topic that is normally a question ("头像") becomes a repair request when it
/// does not work ("头像上传不了") and no question is asked.
pub const FAULT_CUES: &str = "不了|失败|无法|不能|没法|报错|出错|异常|can't|cannot|unable to|won't|doesn't work|not working|error|fail*|装不上|not compatible|isn't compatible|stopped working|died";

/// Suggestion cues → nature suggestion.
pub const SUGGEST_CUES: &str = "就好了|可以考虑|i wish|would be cool|加上|会方便|更方便|要是有|would be better|would be helpful|it'd be nice|consider adding|please consider|建议|希望增加|希望能|希望可以|能不能加|能不能增加|可以加个|最好能|要是能|如果能|改进|提个意见|\
suggest|would be nice|would be great|it'd be great|feature request|please add|could you add|you should add|recommend adding";

/// Complaint cues → nature complaint (rhetorical questions count here, not as consultation).
pub const COMPLAIN_CUES: &str = "驳回|被拒|投诉|到底|还没修好|还没解决|还没处理|怎么回事|怎么搞的|搞什么|什么情况|太差|差评|不满|坑|骗|欺骗|失望|离谱|过分|无语|不合理|凭什么|给个说法|\
complain*|complaint|still not fixed|still not resolved|unacceptable|ridiculous|terrible|awful|disappoint*|outrageous|what's going on|fed up|worst|啥情况|咋回事|搞啥";

/// Angry cues with weights (≥ 2 in total = angry). `!!!` and shouting in capitals are detected in code.
pub const ANGRY_CUES: &str = "垃圾=2|骗子=2|骗钱=2|坑人=2|坑爹=2|滚=2|妈的=2|tmd=2|尼玛=2|傻逼=2|sb=2|脑残=2|废物=2|破玩意=2|什么破=2|气死=2|恶心=2|太过分=2|欺负人=2|态度太差=2|态度极差=2|爱买不买=1|\
受够了=2|什么服务态度=2|什么态度=2|最后一次=1.5|再不=1|催了好几次=2|催了很多次=2|催了n次=2|说了多少遍=2|到底要=1|立刻=1|马上=0.7|\
scam*=2|fraud*=2|idiot*=2|stupid=2|useless=1.5|worst=1.5|pathetic=2|disgusting=2|bullshit=2|wtf=2|damn=2|shit=2|fed up=2|sick of=2|do something=1.5|unacceptable=1.5|immediately=0.7|last time=1";

/// Negative-emotion cues with weights (≥ 1 in total, with the subcategory prior, = negative).
pub const NEGATIVE_CUES: &str = "怎么办=0.8|半天=0.6|急死=1|可是=0.5|从来没=0.5|不想等=0.8|等不了=0.8|没人管=1|有没有人管=1|恶劣=0.6|骂人=0.6|驳回=0.8|不到一=0.4|几次就=0.6|没几天=0.6|才用=0.6|小时了=0.5|多小时=0.5|won't let me=0.8|hasn't moved=0.5|ruined=0.8|一直=0.8|老是=0.8|总是=0.6|说好=1|都第=0.5|到现在=0.6|催=0.6|都没=0.5|换了=0.5|就算了=0.8|尽快=0.6|吓人=1|可怕=1|吓死=1|根本=1|还没=0.6|还是=0.5|又=0.5|已经=0.5|明明=1|到底=1|失望=1|着急=1|急用=1|担心=1|怕=0.6|烦=1|无语=1|郁闷=1|崩溃=1|受不了=1|太差=1|不行=0.6|都不行=0.8|也一样=0.6|还不=0.6|好几次=0.8|好几天=0.8|天了=0.5|周了=0.5|礼拜了=0.5|个月了=0.5|怎么回事=1|为什么=0.4|坏了=0.4|危险=1|居然=0.8|竟然=0.8|不更新=0.5|没更新=0.5|不动了=0.5|没有任何=0.5|没任何=0.5|没人=0.6|白白=0.8|耽误=1|浪费=1|\
still=0.8|again=0.7|keep*=0.8|nobody=0.6|never=0.8|kept=0.8|even though=0.8|supposed to=1|at all=0.6|even=0.4|ridiculous=1|frustrat*=1|disappoint*=1|worried=1|annoy*=1|terrible=1|awful=1|upset=1|unhappy=1|nothing=0.8|days=0.4|weeks=0.6|in a week=0.5|dangerous=1|scared=1|urgent*=0.8|hours=0.4|already=0.5|every time=0.6|啥情况=1|咋回事=1|星期了=0.5|没动过=0.5|发错=0.6|送错=0.6|查不到=0.5";

/// "At all" cues: with a login or payment failure in the same clause they make it P1.
pub const AT_ALL_CUES: &str = "完全|根本|全部|所有|全都|一直都|怎么都|都无法|谁都|at all|completely|nobody can|no one can|none of|entirely";

/// Priority cues: (code, level, terms). Matched like topic terms and cancelled by negation.
pub const PRIORITY_CUES: &[(&str, u8, &str)] = &[
    (
        "safety",
        1,
        "焦味|糊味|被电|麻手|smells like burning|smell of burning|melted|melting|sparked|冒烟|起火|着火|冒火花|打火|火花|烧焦|烧起来|漏电|触电|电到我|爆炸|炸了|受伤|烫伤|划伤|割伤|流血|住院|\
smoke|smoking|fire|sparks|sparking|burning smell|burnt|scorched|electric shock|shocked me|explode*|exploded|injur*|hurt my|burned my|hospital",
    ),
    (
        "outage",
        1,
        "been down for|went down for|down for our|down for the whole|服务器挂|服务器崩|网站挂了|网站崩了|全崩了|servers down|server down|server is down|website is down|宕机|服务器挂了|系统崩溃|全部用不了|全都用不了|都用不了|所有人都|大面积|全线|整个系统|服务中断|\
outage|site is down|service is down|system is down|down for everyone|everything is down|nobody can|no one can|整个小区|整栋楼|全小区|整条街|whole building|whole neighborhood|entire building",
    ),
    (
        "data_loss",
        1,
        "数据丢失|数据全没了|资料全没了|记录全没了|数据没了|文件丢了|照片全没了|data loss|lost all my data|data is gone|data was deleted|lost my data|files are gone",
    ),
    (
        "account_stolen",
        1,
        "盗我|盗了我|被盗用|盗用|别人登录|别人登入|被别人登|someone changed|someone accessed|someone used my|someone is using my|without my permission|盗号|被盗|号被盗|被黑|盗刷|被人登录|hack*|stolen account|account was stolen|account stolen|compromised|unauthori*|异地登录|外地登录|被转走|转走了|盗走",
    ),
    (
        "regulator_threat",
        1,
        "12315|消协|消费者协会|工商|市场监管|监管部门|12345|银保监|consumer protection|consumer agency|regulator|ftc|bbb|better business bureau|attorney general|trading standards|工信部|通管局|通信管理局|银监会|药监局|民航局|教育局",
    ),
    (
        "media_threat",
        1,
        "新闻|电视台|报社|小红书|the news|news station|tv station|press|曝光|媒体|记者|发微博|上热搜|发抖音|网上曝光|media|journalist|reporter|go public|social media",
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
        "支付异常|付款异常|交易异常|扣款失败|续费失败|充值失败|充值不了|declined|支付失败|付款失败|付不了款|付不了|支付不了|无法支付|不能支付|没法付款|支付不成功|付款不成功|交易失败|payment fail*|payment declined|card declined|card was declined|can't pay|cannot pay|unable to pay|payment won't go through|payment didn't go through",
    ),
    (
        "refund_failed",
        2,
        "退款被拒|退款被驳回|退款没成功|退款未成功|退款失败|退款不成功|退不了款|refund fail*|refund was rejected|refund rejected",
    ),
    (
        "order_failed",
        2,
        "下单没反应|提交订单没反应|提交不了订单|checkout fail*|can't checkout|can't check out|下不了单|无法下单|下单失败|不能下单|提交不了|结算不了|拍不了|can't place|cannot place|unable to place|order won't go through",
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
pub const TRAD_SIMP: &str = "帳账號号碼码機机單单貨货訂订買买賣卖錢钱資资員员態态應应問问題题遞递發发換换損损壞坏開开關关設设備备網网絡络電电話话語语認认證证錄录註注冊册務务費费價价優优動动傳传輸输線线運运無无決决軟软體体響响復复賬账戶户熱热實实說说請请這这個个們们麼么為为還还沒没過过點点裡里裏里後后麵面車车門门時时間间現现來来對对會会讓让給给補补貼贴郵邮遲迟閃闪統统級级縮缩據据庫库質质裝装壓压騙骗氣气煩烦贈赠盜盗錯错誤误顯显稱称變变連连聲声燒烧煙烟銷销敗败議议講讲謝谢預预購购課课師师頁页處处辦办幾几週周滿满減减禮礼讀读寫写紅红銀银聯联繫系係系狀状確确導导驗验識识標标則则專专業业腦脑視视頻频聽听燈灯風风濕湿淨净紙纸書书報报帶带頭头髮发顏颜錶表鮮鲜湯汤該该別别總总從从經经與与樣样種种內内離离閉闭聞闻闆板啟启負负責责贊赞讚赞詢询諮咨詳详談谈論论評评調调護护記记計计訴诉誰谁達达進进選选適适鈕钮長长險险隱隐難难雙双雜杂靈灵靜静餘余馬马鬆松黃黄兒儿兩两凍冻劃划區区協协參参嗎吗團团圍围國国圖图場场寶宝審审寬宽幫帮廣广擔担攝摄數数斷断於于條条極极權权歡欢殘残殺杀況况災灾營营獨独環环產产畫画盡尽監监節节範范簽签緊紧約约細细結结絕绝絲丝綁绑維维續续義义膠胶蘋苹蟲虫製制複复見见規规觀观觸触趕赶載载轉转違违鍵键隻只頓顿額额麥麦憑凭稅税縫缝脫脱蓋盖鏈链顆颗颱台傷伤僅仅創创嚇吓塗涂夠够幹干惡恶愛爱慮虑掃扫掛挂爛烂紋纹駁驳駐驻驟骤鬱郁黴霉瞭了臺台簡简訊讯";
