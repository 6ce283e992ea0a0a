namespace SalesSuite.Stores.Data.Seeding;

/// <summary>
/// Scenario 6's demo chain: 30 convenience stores in three Zhejiang regions, one store manager each (store01 … store30)
/// and one area supervisor per region (the demo regional managers).
/// </summary>
internal static class DemoChain
{
    public sealed record RegionSeed(string Name, string Prefix, string Supervisor, double Latitude, double Longitude, string[] Shops);

    public sealed record StoreSeed(string Code, string Name, string Address, string Region, double Latitude, double Longitude, string Manager,
        string Supervisor, double Diligence);

    public static readonly IReadOnlyList<RegionSeed> Regions =
    [
        new("杭州", "HZ", "mgr.east", 30.2741, 120.1551,
            ["文三路", "武林广场", "西溪", "滨江星光", "钱江新城", "湖滨", "黄龙", "城西银泰", "下沙", "萧山市心", "拱宸桥", "良渚"]),
        new("宁波", "NB", "mgr.north", 29.8683, 121.5440,
            ["天一广场", "鼓楼", "东部新城", "老外滩", "江北万达", "鄞州万达", "北仑", "镇海", "高新区", "南部商务区"]),
        new("绍兴", "SX", "mgr.south", 30.0300, 120.5800, ["鲁迅故里", "柯桥", "上虞", "城东", "镜湖", "越城万达", "袍江", "诸暨"]),
    ];

    /// <summary>The 30 stores, deterministic: positions spread around each city centre, a diligence between 0.55 and 1.</summary>
    public static IReadOnlyList<StoreSeed> Stores()
    {
        var random = new Random(20261204);
        var list = new List<StoreSeed>();
        var managerNumber = 1;
        foreach (var region in Regions)
        {
            for (var i = 0; i < region.Shops.Length; i++)
            {
                var angle = random.NextDouble() * Math.PI * 2;
                var radiusKm = 1.5 + random.NextDouble() * 14;
                var lat = region.Latitude + radiusKm / 111.0 * Math.Sin(angle);
                var lng = region.Longitude + radiusKm / (111.0 * Math.Cos(region.Latitude * Math.PI / 180)) * Math.Cos(angle);
                var shop = region.Shops[i];
                // HZ-001 (store01's store, the demo's first login) is a diligent store; two stores lag behind.
                var diligence = managerNumber == 1 ? 0.97 : managerNumber is 9 or 17 ? 0.55 : 0.72 + random.NextDouble() * 0.27;
                list.Add(new StoreSeed($"{region.Prefix}-{i + 1:000}", $"{region.Name}{shop}店", $"浙江省{region.Name}市{shop}{18 + i * 7}号",
                    region.Name, Math.Round(lat, 6), Math.Round(lng, 6), $"store{managerNumber:00}", region.Supervisor, diligence));
                managerNumber++;
            }
        }
        return list;
    }
}
