namespace SalesSuite.Stores.Data.Seeding;

/// <summary>What customers asked in the demo chain's stores, by feedback category code and option code.</summary>
internal static class DemoQuestions
{
    public sealed record Line(string Category, string Option, string Question);

    public static readonly IReadOnlyList<Line> Everyday =
    [
        new("price", "competitor-a", "隔壁全家同款饮料便宜一块钱"),
        new("price", "competitor-b", "美宜佳的饭团在搞第二件半价"),
        new("price", "own-history", "这个牛奶上个月还是9块9"),
        new("quality", "near-expiry", "酸奶离过期只剩两天了还没打折"),
        new("quality", "damaged", "薯片袋子漏气了"),
        new("quality", "taste", "新出的关东煮汤太咸"),
        new("stockout", "bestseller", "农夫山泉大瓶又断货了"),
        new("stockout", "new-not-arrived", "广告里的新品什么时候到"),
        new("service", "queue", "早高峰排队太久"),
        new("service", "checkout", "自助收银机经常扫不出来"),
        new("new-product", "arrival", "零糖青柠气泡水哪天有货"),
        new("new-product", "price", "新出的咖喱鸡饭多少钱"),
        new("inconvenient", "packaging", "饭团包装很难撕开"),
    ];

    /// <summary>The week's cluster: ready meals hard to heat (scenario 5), reported by many stores in one week.</summary>
    public static readonly IReadOnlyList<string> HeatingQuestions =
    [
        "即食便当在店里没法加热", "微波炉排队太久，饭还是凉的", "咖喱鸡饭加热后盒子变形", "想买热的饭但店里微波炉坏了",
        "便当加热要等五分钟太慢", "能不能帮忙加热一下饭团",
    ];

    /// <summary>HZ-003's question three days running: the flag to its supervisor (microwave partnership).</summary>
    public const string RepeatedQuestion = "即食便当很难加热，店里能不能放一台微波炉";

    /// <summary>NB-004 copies the same text every day: its report quality score falls.</summary>
    public const string CopiedText = "顾客说早上排队时间长";

    public const string HeatingCategory = "inconvenient";
    public const string HeatingOption = "heating";
}
