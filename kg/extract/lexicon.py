"""Word lists that the pattern extractors share. Lists of the genre's vocabulary, not of seed names."""
from __future__ import annotations

import re

CJK = r"\u4e00-\u9fff"

# endings that make a span a firm name (longest first)
FIRM_SUFFIXES = (
    "股份有限公司", "有限责任公司", "有限公司", "控股集团", "集团公司", "集团", "股份", "公司",
    "控股", "药业", "制药", "科技", "实业", "电子", "电气", "汽车部件", "汽车", "铜业", "钢铁",
    "线缆", "电缆", "新能源", "材料", "化工", "水泥", "建材", "能源", "机械", "重工", "智能",
)
# trade words a brand name is followed by (奇瑞汽车, 三一重工, 万华化学, 潍柴动力): the brand and its trade are a firm;
# not 新能源, 能源, 智能 or 材料, which end industries as often (锂电新能源, 原辅材料)
BRAND_TRADES = tuple(w for w in FIRM_SUFFIXES[9:] if w not in ("新能源", "能源", "智能", "材料")) + (
    "重科", "化学", "动力", "电器", "医药", "生物", "光电", "光能", "绿能", "锂业", "锂能", "钴业", "铝业", "矿业", "玻璃",
    "轮胎", "精密", "精工", "通讯", "通信", "微电子", "半导体", "高科", "传媒", "食品", "乳业", "啤酒", "酒业", "纺织", "服饰",
    "家居", "物流", "航空", "环保", "电池", "储能", "客车", "重汽", "股份",
)
# words before a trade word that make an industry or a kind of firm, not a brand (海洋化工, 国际物流, 本土汽车)
NOT_BRANDS = {
    "海洋", "中原", "江南", "江北", "华东", "华南", "华北", "华中", "西南", "东北", "西北", "东南", "沿海", "内陆", "国际", "全球",
    "世界", "中国", "国内", "国外", "海外", "本地", "当地", "本土", "民族", "地方", "国产", "进口", "合资", "外资", "民营", "国有",
}
# generic brand words that alone never name a firm
FIRM_STOPWORDS = {
    "企业", "公司", "集团", "龙头", "大企业", "重点企业", "上下游企业", "配套企业", "本土企业",
    "科技", "智能", "新能源", "汽车", "能源", "材料", "化工", "实业", "控股", "股份", "有限公司",
    "主机厂", "整车企业", "零部件企业", "中小企业", "民营企业", "国有企业", "外资企业", "该公司", "本公司", "项目公司", "合资公司",
}
# words in front of the first item of a firm list that are not part of the name
LIST_VERB_PREFIXES = (
    "涵盖了", "涵盖", "覆盖", "重点发展", "大力发展", "加快发展", "积极发展", "发展", "聚焦",
    "叠加新入库的", "新入库的", "充分发挥", "新增申报", "新认定", "认定", "确定", "遴选", "命名", "评定", "推荐", "申报", "发挥", "完成", "新增", "包括", "其中", "如", "以及", "引进",
    "培育", "支持", "推动", "带动", "依托", "借势", "吸引", "招引", "落户", "入驻", "涌现出", "涌现", "拥有",
    "有", "和", "及", "与", "了", "的",
    # 着力壮大半导体、光电通信…; 做强电子信息、装备制造…; 围绕我省特种金属材料…: the verb and the place word before the first item
    "着力壮大", "壮大", "巩固提升", "改造提升", "优化提升", "巩固", "提升", "做强做优", "做强做大", "做大做强", "做强", "做大", "做优", "围绕", "打造", "主攻", "深耕", "前瞻布局", "超前布局", "布局", "延伸",
    "加快建设", "建设",  # 围绕建设石油化工、新能源及装备制造、建材化工三大产业基地
    "我省", "我市", "我县", "我区", "我盟", "全省", "全市", "全县", "全区", "全盟", "全旗", "全州", "本省", "本市", "本县", "本区",
    "旗下", "下属", "所属",  # 东方电气集团旗下A、B: the group's firms
    "主要生产", "生产", "主营", "主要从事", "从事",  # 主要生产农药、染料等产品: what is made, after the verb
    "开发", "推出",  # 开发海上观光、海钓等旅游产品
)
# what follows a firm list: the class the listed firms belong to
FIRM_LIST_CLASS_HINTS = (
    "企业", "股改", "挂牌", "小巨人", "龙头", "公司", "集团", "厂商", "药企", "车企", "品牌",
)

ORG_SUFFIXES = {
    "大学": "University", "学院": "University", "分校": "University", "科学院": "ResearchInstitute", "研究院": "ResearchInstitute",
    "研究所": "ResearchInstitute", "研究中心": "ResearchInstitute", "实验室": "ResearchInstitute",
    "创新中心": "ResearchInstitute", "委员会": "GovernmentBody", "人民政府": "GovernmentBody", "政府": "GovernmentBody",
    "县委": "GovernmentBody", "市委": "GovernmentBody", "省委": "GovernmentBody", "管委会": "GovernmentBody",
    "分院": "ResearchInstitute", "分中心": "GovernmentBody",
    "海关": "GovernmentBody", "办事处": "GovernmentBody", "调查队": "GovernmentBody", "厅": "GovernmentBody", "局": "GovernmentBody", "部": "GovernmentBody",
    "产业园": "IndustrialPark", "科技园": "IndustrialPark", "科创园": "IndustrialPark", "产业城": "IndustrialPark",
    "科创绿谷": "IndustrialPark", "科创谷": "IndustrialPark", "创新谷": "IndustrialPark", "工业园": "IndustrialPark", "工业园区": "IndustrialPark", "产业园区": "IndustrialPark", "园区": "IndustrialPark",
    "开发区": "IndustrialPark", "高新区": "IndustrialPark", "经开区": "IndustrialPark", "经济区": "IndustrialPark", "新区": "IndustrialPark", "保税区": "IndustrialPark", "保税港区": "IndustrialPark", "小镇": "IndustrialPark",
    "产业中心": "IndustrialPark", "孵化器": "IndustrialPark", "科技板": "ListingBoard", "创业板": "ListingBoard",
    "科创板": "ListingBoard", "协会": "IndustryAssociation", "研究会": "IndustryAssociation", "学会": "IndustryAssociation", "商会": "IndustryAssociation", "联合会": "IndustryAssociation", "联盟": "IndustryAssociation",
    "发展改革委": "GovernmentBody", "发改委": "GovernmentBody", "经信委": "GovernmentBody", "经济信息委": "GovernmentBody",
    "卫健委": "GovernmentBody",
    "组织": "Organization", "服务中心": "GovernmentBody", "促进中心": "GovernmentBody", "科学中心": "ResearchInstitute",
    "检测中心": "ResearchInstitute", "科创走廊": "IndustrialPark", "科创大走廊": "IndustrialPark",
    "软件园": "IndustrialPark", "创业园": "IndustrialPark", "交易所": "Organization", "交易中心": "Organization", "物流园": "IndustrialPark", "物流园区": "IndustrialPark",
    "发电厂": "Organization", "热电厂": "Organization",  # 寺河瓦斯发电厂: a plant named for itself, which holds its capacity
}
# suffixes that name a body only after its place (黄石市招商服务中心); alone they are kinds a statute addresses (生产力促进中心)
PLACE_LED_ORG_SUFFIXES = ("服务中心", "促进中心", "科学中心", "检测中心")
# organisations known by their own name; they need no suffix
NAMED_ORGS = {
    "国务院": "GovernmentBody", "党中央": "GovernmentBody", "中共中央": "GovernmentBody", "中共中央政治局": "GovernmentBody", "中央政治局": "GovernmentBody", "全国人大": "GovernmentBody",
    "工信部": "GovernmentBody", "工业和信息化部": "GovernmentBody", "国家发展改革委": "GovernmentBody",
    "国家发改委": "GovernmentBody", "科技部": "GovernmentBody", "财政部": "GovernmentBody", "商务部": "GovernmentBody",
    "中科院": "ResearchInstitute", "中国科学院": "ResearchInstitute", "中国工程院": "ResearchInstitute",
    "浙大": "University", "清华": "University", "北大": "University", "复旦": "University",
    **{short: "University" for short in ("上海交大", "西安交大", "哈工大", "北航", "北理工", "中科大", "中国科大", "华中科大",
                                         "华科大", "武大", "川大", "厦大", "南开", "同济", "华南理工", "西工大", "电子科大",
                                         "国防科大", "华东师大", "北师大")},
    **{short: "ResearchInstitute" for short in ("中国社科院", "中国农科院", "中国医科院")},
    "国资委": "GovernmentBody", "证监会": "GovernmentBody",
    "世界知识产权组织": "Organization", "联合国": "Organization",
    # science cities and zones known by a name with no suffix
    **{zone: "IndustrialPark" for zone in ("光谷", "中国光谷", "中关村", "漕河泾", "紫竹高新区")},
    # boards and exchanges, named by themselves (科创板 is a name, not a kind of board)
    **{board: "ListingBoard" for board in ("科创板", "创业板", "新三板", "北交所", "上交所", "深交所", "港交所",
                                          "上海证券交易所", "深圳证券交易所", "北京证券交易所", "香港联合交易所")},
    # the State Council's ministries and administrations, by their official names and the usual short forms
    **{name: "GovernmentBody" for name in (
        "应急管理部", "生态环境部", "自然资源部", "农业农村部", "交通运输部", "住房和城乡建设部", "人力资源和社会保障部", "教育部",
        "公安部", "民政部", "司法部", "水利部", "文化和旅游部", "国家卫生健康委员会", "国家卫健委", "国家市场监督管理总局",
        "市场监管总局", "国家药品监督管理局", "国家药监局", "国家知识产权局", "海关总署", "国家税务总局", "国家能源局",
        "国家发展和改革委员会", "国家统计局", "中国人民银行", "国家数据局", "国家标准化管理委员会", "国家国防科技工业局",
        "中国证券监督管理委员会", "中国证监会", "国家金融监督管理总局", "国家外汇管理局", "国家邮政局", "中国民用航空局",
        "国家铁路局", "国家乡村振兴局", "国家中医药管理局", "国家文物局", "国家矿山安全监察局", "国务院新闻办公室", "国务院扶贫办",
        "全国人民代表大会常务委员会", "全国人大常委会", "国家网信办", "国家互联网信息办公室",
        "国务院国资委", "国家林业和草原局", "国家安全生产监督管理总局", "国家安监总局", "国务院安委会", "国务院安全生产委员会",
        "科学技术部", "外交部", "国防部", "国家民族事务委员会", "退役军人事务部", "审计署", "国家粮食和物资储备局", "国家烟草专卖局",
        "中国民航局", "民航局", "中央军委", "中央军事委员会", "中央财经委员会", "中央网信办", "农业部", "环境保护部", "国家工商行政管理总局",
        "国家质量监督检验检疫总局", "国家质检总局")},
}
# abbreviation → full name (one entity, the abbreviation as alias)
ORG_ABBREVIATIONS = {
    "浙大": "浙江大学", "中科院": "中国科学院", "清华": "清华大学", "北大": "北京大学", "复旦": "复旦大学",
    "工信部": "工业和信息化部", "国家发改委": "国家发展和改革委员会", "国家发展改革委": "国家发展和改革委员会",
    # universities and academies by the short names the press uses (none of them is also a common word)
    "上海交大": "上海交通大学", "西安交大": "西安交通大学", "哈工大": "哈尔滨工业大学", "北航": "北京航空航天大学",
    "北理工": "北京理工大学", "中科大": "中国科学技术大学", "中国科大": "中国科学技术大学", "华中科大": "华中科技大学",
    "华科大": "华中科技大学", "武大": "武汉大学", "川大": "四川大学", "厦大": "厦门大学", "南开": "南开大学",
    "同济": "同济大学", "华南理工": "华南理工大学", "西工大": "西北工业大学", 
    "电子科大": "电子科技大学", "国防科大": "国防科技大学", "华东师大": "华东师范大学", "北师大": "北京师范大学",
    "中国社科院": "中国社会科学院", "中国农科院": "中国农业科学院", "中国医科院": "中国医学科学院",
    "国资委": "国务院国有资产监督管理委员会", "国务院国资委": "国务院国有资产监督管理委员会",
    "市场监管总局": "国家市场监督管理总局", "国家药监局": "国家药品监督管理局", "国家卫健委": "国家卫生健康委员会",
    "证监会": "中国证券监督管理委员会", "中国证监会": "中国证券监督管理委员会", "全国人大常委会": "全国人民代表大会常务委员会",
    "中国民航局": "中国民用航空局", "民航局": "中国民用航空局", "中央军委": "中央军事委员会", "国家质检总局": "国家质量监督检验检疫总局",
    "国家安监总局": "国家安全生产监督管理总局",
}
# government body stems that attach to the region in context: 县委、县政府
LOCAL_BODIES = ("县委", "县政府", "县人民政府", "市委", "市政府", "市人民政府", "省委", "省政府", "省人民政府",
                "区委", "区政府", "区人民政府", "自治县人民政府", "自治区党委", "自治区政府", "自治区人民政府")
# 省科学技术厅, 市发展改革委, 县应急管理局: a department named by the kind of its place alone (省委常委 is a post)
LOCAL_DEPARTMENT = re.compile(r"(?:省|市|县|区)(?!场|域|内|外|级|民|长|委常)[\u4e00-\u9fff]{2,8}?(?:厅|(?<![布格大全结开破当])局|委)")

POLICY_ENDINGS = (
    "战略", "行动", "工程", "举措", "意见", "机制", "试点", "专项", "报告", "规划", "纲要", "条例", "办法",
    "决定", "通知", "方案", "计划", "政策", "细则", "规定", "目录", "指南", "协议",
    "长制",  # “链长制”, “河长制”: a system of named officials, a policy
)
# GB/T 4754-2017 divisions (mining, manufacturing, utilities) as articles name them; a name is also
# written without its 业/制造业 ending (化学原料和化学制品), which is then its label
GBT4754_DIVISIONS = (
    "煤炭开采和洗选业", "石油和天然气开采业", "黑色金属矿采选业", "有色金属矿采选业", "非金属矿采选业", "农副食品加工业",
    "食品制造业", "酒、饮料和精制茶制造业", "烟草制品业", "纺织服装、服饰业", "皮革、毛皮、羽毛及其制品和制鞋业",
    "木材加工和木、竹、藤、棕、草制品业", "家具制造业", "造纸和纸制品业", "印刷和记录媒介复制业", "文教、工美、体育和娱乐用品制造业",
    "石油、煤炭及其他燃料加工业", "化学原料和化学制品制造业", "医药制造业", "化学纤维制造业", "橡胶和塑料制品业",
    "非金属矿物制品业", "黑色金属冶炼和压延加工业", "有色金属冶炼和压延加工业", "金属制品业", "通用设备制造业",
    "专用设备制造业", "汽车制造业", "铁路、船舶、航空航天和其他运输设备制造业", "电气机械和器材制造业",
    "计算机、通信和其他电子设备制造业", "仪器仪表制造业", "废弃资源综合利用业", "金属制品、机械和设备修理业",
    "电力、热力生产和供应业", "燃气生产和供应业", "水的生产和供应业",
)
# service and rural sectors that plans and regulations name without 产业
SECTOR_NAMES = ("乡村旅游", "文化旅游", "生态旅游", "工业旅游", "红色旅游", "休闲农业", "观光农业")
# honours and certifications awarded under national schemes, by the names they are written with
NATIONAL_DESIGNATIONS = (
    "国家级非物质文化遗产", "非物质文化遗产", "地理标志产品", "国家地理标志产品", "地理标志保护产品", "农产品地理标志",
    "中华老字号", "中国驰名商标", "驰名商标", "国家级特色小镇", "特色小镇", "淘宝村", "淘宝镇", "全国文明城市", "国家卫生城市",
    "国家园林城市", "国家历史文化名城", "中国历史文化名镇", "中国历史文化名村", "中国传统村落", "全国重点镇",
    "国家全域旅游示范区", "国家级旅游度假区", "国家5A级旅游景区", "国家4A级旅游景区", "国家AAAAA级旅游景区", "国家AAAA级旅游景区",
    "国家技术创新示范企业", "国家企业技术中心", "绿色工厂", "绿色园区", "绿色供应链管理企业", "绿色设计产品", "智能工厂",
    "数字化车间", "智能制造示范工厂", "农业产业化国家重点龙头企业",
    "国家级农业产业化重点龙头企业", "中国特色农产品优势区", "国家现代农业产业园", "全国农业产业强镇", "一村一品示范村镇",
    "制造业单项冠军企业", "制造业单项冠军产品", "国家高新技术企业", "高新技术企业", "科技型中小企业", "专精特新中小企业",
)
# activities that name a trade, which jieba tags as verbs (起重装备, 印刷包装, 铸造, 焊接材料): an industry's name may
# hold them where it holds no other verb (GB/T 4754's manufacturing and service activities as articles write them)
TRADE_VERBS = frozenset({
    "起重", "印刷", "包装", "铸造", "锻造", "焊接", "冶炼", "纺织", "制造", "加工", "制药", "造纸", "酿造", "酿酒", "养殖", "种植",
    "建筑", "运输", "仓储", "冷链", "电镀", "注塑", "冲压", "涂装", "印染", "制鞋", "烘焙", "屠宰", "采矿", "开采", "炼化", "炼油",
    "发电", "输变电", "储能", "回收", "再制造", "拆解", "检测", "维修", "租赁", "会展", "精加工", "深加工", "钻采", "智造", "服装",
})
# national categories of industries that are named as such (the State Council's 未来产业, Beijing's 高精尖产业)
INDUSTRY_CLASSES = ("战略性新兴产业", "未来产业", "高精尖产业")
INDUSTRY_ENDINGS = ("产业", "行业", "制造业", "服务业", "产业链")
CLUSTER_ENDINGS = ("产业集群", "集群", "产业基地", "产业聚集区", "产业集聚区")
# words that name a kind of industry, not one (传统优势产业, 特色支柱产业, 千亿级产业)
INDUSTRY_KIND_WORDS = ("传统", "优势", "主导", "支柱", "特色", "新兴", "重点", "首位", "战略性", "先导", "核心", "骨干", "现代",
                       "千亿级", "百亿级", "当家", "拳头")
DESIGNATION_ENDINGS = (
    "百强县", "百强区", "百强市", "示范县", "示范市", "示范区", "试验区", "先行区", "发展基地", "产业基地", "制造业基地",
    "小巨人”企业", "小巨人企业", "冠军企业", "冠军示范企业", "冠军培育企业", "冠军产品", "示范企业", "高新技术企业", "科技型中小企业", "科技小微企业", "领军企业",
    "基地城市", "示范城市", "试点城市", "型城市", "示范基地", "之乡", "发祥地", "企业技术中心",
    "挂牌企业", "小升规企业", "上市企业", "独角兽企业", "瞪羚企业", "4.0工厂", "灯塔工厂", "引才项目",
    "企业500强", "企业100强", "500强企业",  # 中国民营企业500强, 中国制造业企业500强: honour lists of firms
)
# words a firm's former name follows (公司原名一汽轿车股份有限公司, 长城汽车…前身为长城工业公司)
FORMER_NAME_WORDS = r"原名为?|原称|曾用名|前身为|前身是"
# words that open a designation phrase
DESIGNATION_VERBS = ("素有", "享有", "被誉为", "誉为", "号称", "有着", "成长为", "成为", "入选", "获评", "被评为", "荣获", "获批", "被认定为", "认定为", "被确定为", "确定为", "列入", "跻身", "位居", "位列", "蝉联", "被称为")
# a clause that opens on its partner (…,与太原重工签订协议): the subject goes on from the clause before
WITH_PARTNER = r"(?:并|还|同时|又)?(?:与|同|携手)"
# foreign countries a firm's name is written after (美国雅来公司, 与德国西门子公司签订): the firm's country, not its name
COUNTRIES = ("美国", "日本", "德国", "英国", "法国", "瑞士", "韩国", "荷兰", "意大利", "丹麦", "瑞典", "以色列", "加拿大",
             "澳大利亚", "比利时", "芬兰", "挪威", "新加坡", "印度", "匈牙利", "泰国", "越南", "马来西亚", "印度尼西亚", "墨西哥",
             "巴西", "俄罗斯", "西班牙", "葡萄牙", "波兰", "捷克", "奥地利", "土耳其", "沙特阿拉伯", "阿联酋", "南非", "埃及",
             "新西兰", "爱尔兰", "哈萨克斯坦", "乌兹别克斯坦", "蒙古国", "柬埔寨", "印尼")
ISSUE_VERBS = ("印发", "出台", "发布", "颁布", "制定", "编制", "公布", "修订", "通过", "联合印发", "审议通过")
PRIORITY_VERBS = ("打造", "发展", "培育", "壮大", "做强", "聚焦", "围绕", "重点发展", "主导产业", "形成")
# 以硅基新材料为引领、光伏为支撑的现代产业体系: a system of industries, each with its role
SYSTEM_ROLES = r"(?:引领|主导|核心|支撑|重点|主体|支柱|特色|基础|补充)"
# the industries and the role each plays: 以白酒为引领、茶叶和辣椒为支撑的现代产业体系, 以A、B为四大支柱产业，C、D为四大新兴产业的“4+4”现代产业体系
SYSTEM_ROLE = rf"为(?:[两二三四五六七八九十]大|[0-9]+[个大])?(?:{SYSTEM_ROLES[3:-1]}|新兴|战略性新兴|优势)"
INDUSTRY_SYSTEM = re.compile(rf"以[^,，;；。以]{{2,40}}?{SYSTEM_ROLE}(?:产业)?(?:[，,、][^,，;；。以]{{2,40}}?{SYSTEM_ROLE}(?:产业)?)*"
                             rf"[^,，;；。]{{0,30}}?产业(?:体系|格局|结构)")
ADJACENT_WORDS = ("交界", "接壤", "毗邻", "相邻", "相连")
