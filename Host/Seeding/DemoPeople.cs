using SalesSuite.SharedKernel.Identity;

namespace SalesSuite.Host.Seeding;

/// <summary>
/// Scenario 1 of the product brief: the Shaoxing industrial-filter maker (12 salespeople incl. 3 regional
/// managers) plus the director, approvers and a store manager. Every demo login shares one password.
/// </summary>
internal static class DemoPeople
{
    public const string Password = "Demo@2026";

    public sealed record Person(string UserName, string DisplayName, string Role, string? Team, string? Manager, string Phone);

    public sealed record TeamSeed(string Name, string Region, string Leader);

    public static readonly IReadOnlyList<TeamSeed> Teams =
    [
        new("华东一组", "华东 East China", "mgr.east"),
        new("华北一组", "华北 North China", "mgr.north"),
        new("华南一组", "华南 South China", "mgr.south"),
    ];

    /// <summary>Scenario 6's chain has one store manager per demo store: store01 … store30 (store01 runs HZ-001).</summary>
    public const int StoreManagerCount = 30;

    private static readonly string[] StoreManagerNames =
    [
        "林", "何", "高", "罗", "郭", "梁", "宋", "唐", "许", "韩", "邓", "冯", "曹", "彭", "曾",
        "肖", "田", "董", "袁", "潘", "蔡", "蒋", "余", "杜", "叶", "程", "魏", "苏", "吕", "丁",
    ];

    /// <summary>The generated store managers after store01 (printed as one line in the start-up banner).</summary>
    public static bool IsGeneratedStoreManager(Person person) =>
        person.Role == Roles.StoreManager && person.UserName != "store01";

    private static IEnumerable<Person> StoreManagers() =>
        Enumerable.Range(2, StoreManagerCount - 1).Select(i => new Person(
            $"store{i:00}", $"{StoreManagerNames[i - 1]}店长 (Store Manager)", Roles.StoreManager, null, "director", $"137000001{i:00}"));

    private static readonly IReadOnlyList<Person> Fixed =
    [
        new("admin", "系统管理员 Admin", Roles.Admin, null, null, "13800000000"),
        new("gm", "沈总 Shen Jun (GM)", Roles.GeneralManager, null, null, "13800000001"),
        new("director", "周敏 Zhou Min (Sales Director)", Roles.SalesDirector, null, "gm", "13800000002"),
        new("mgr.east", "陈立 Chen Li", Roles.RegionalManager, "华东一组", "director", "13800000011"),
        new("mgr.north", "王强 Wang Qiang", Roles.RegionalManager, "华北一组", "director", "13800000012"),
        new("mgr.south", "李娜 Li Na", Roles.RegionalManager, "华南一组", "director", "13800000013"),
        new("sales01", "张伟 Zhang Wei", Roles.Salesperson, "华东一组", "mgr.east", "13900000101"),
        new("sales02", "刘洋 Liu Yang", Roles.Salesperson, "华东一组", "mgr.east", "13900000102"),
        new("sales03", "杨帆 Yang Fan", Roles.Salesperson, "华东一组", "mgr.east", "13900000103"),
        new("sales04", "赵磊 Zhao Lei", Roles.Salesperson, "华北一组", "mgr.north", "13900000104"),
        new("sales05", "黄静 Huang Jing", Roles.Salesperson, "华北一组", "mgr.north", "13900000105"),
        new("sales06", "吴昊 Wu Hao", Roles.Salesperson, "华北一组", "mgr.north", "13900000106"),
        new("sales07", "徐丽 Xu Li", Roles.Salesperson, "华南一组", "mgr.south", "13900000107"),
        new("sales08", "孙鹏 Sun Peng", Roles.Salesperson, "华南一组", "mgr.south", "13900000108"),
        new("sales09", "马超 Ma Chao", Roles.Salesperson, "华南一组", "mgr.south", "13900000109"),
        new("finance", "郑芳 Zheng Fang (Finance)", Roles.Finance, null, "gm", "13700000001"),
        new("legal", "钱律 Qian Lü (Legal)", Roles.Legal, null, "gm", "13700000002"),
        new("tech", "冯工 Feng Gong (Tech)", Roles.Tech, null, "director", "13700000003"),
        new("marketing", "蒋雪 Jiang Xue (Marketing)", Roles.Marketing, null, "director", "13700000004"),
        new("delivery", "韩东 Han Dong (Delivery)", Roles.DeliveryManager, null, "gm", "13700000005"),
        new("store01", "林店长 Lin (Store Manager)", Roles.StoreManager, null, "director", "13700000006"),
    ];

    // Declared last: static fields initialise in textual order, and this one needs the lists above.
    public static readonly IReadOnlyList<Person> People = [.. Fixed, .. StoreManagers()];
}
