using Microsoft.Data.Sqlite;

namespace SalesSuite.Bench.DataGen.Modules;

/// <summary>
/// The organisation: 20 teams of 10 salespeople (s0001 … s0200), each team led by a regional manager (m01 … m20) who
/// reports to the demo director; real identity users in the platform database, sharing the demo accounts' password
/// hash (Demo@2026). The demo people are left as they are. Fixed size at every scale (it is an organisation, not data).
/// </summary>
internal sealed class OrganisationGenerator : IModuleGenerator
{
    public const int TeamCount = 20;
    public const int PeoplePerTeam = 10;

    private static readonly string[] Regions =
    [
        "华东 East China", "华北 North China", "华南 South China", "华中 Central China", "西南 Southwest China",
        "西北 Northwest China", "东北 Northeast China",
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "涛", "明", "超", "霞", "平", "刚"];

    public int Order => 0;

    public string Name => "organisation (20 teams, 200 salespeople)";

    public async Task RunAsync(GenContext context, CancellationToken cancellationToken)
    {
        await using var bulk = await Bulk.OpenAsync(context.DataFolder, "platform");
        var db = bulk.Connection;
        if (await ScalarAsync(db, "SELECT COUNT(*) FROM AspNetUsers WHERE UserName = 's0001'") is > 0L)
        {
            throw new InvalidOperationException("This data folder already has generated data: generate into a new folder.");
        }
        var directorId = (string)(await ScalarAsync(db, "SELECT Id FROM AspNetUsers WHERE UserName = 'director'"))!;
        var roles = new Dictionary<string, string>();
        await using (var read = db.CreateCommand())
        {
            read.CommandText = "SELECT Name, Id FROM AspNetRoles";
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                roles[reader.GetString(0)] = reader.GetString(1);
            }
        }
        var users = await Table.OpenAsync(db, "AspNetUsers", "UserName = 'sales01'");
        var teams = await Table.OpenAsync(db, "Teams");
        var userRoles = await Table.OpenAsync(db, "AspNetUserRoles");
        var random = GenContext.Random(Name);
        var userRows = new List<Row>();
        var roleRows = new List<Row>();
        var teamRows = new List<Row>();
        for (var t = 0; t < TeamCount; t++)
        {
            var region = Regions[t % Regions.Length];
            var team = new GenTeam(Ids.For("team", t), $"{region.Split(' ')[0]}{t / Regions.Length + 2}组 Bench {t + 1:00}",
                Ids.For("manager", t), region);
            context.Teams.Add(team);
            teamRows.Add(teams.NewRow().Set("Id", team.Id).Set("Name", team.Name).Set("Region", team.Region)
                .Set("LeaderId", team.ManagerId).Set("Version", 0));
            var managerName = $"m{t + 1:00}";
            userRows.Add(User(users, team.ManagerId, managerName, $"{PersonName(random)} (经理 Manager {t + 1:00})", team.Id, directorId,
                $"1360000{t + 1:0000}"));
            roleRows.Add(userRoles.NewRow().Set("UserId", team.ManagerId).Set("RoleId", roles["RegionalManager"]));
            for (var p = 0; p < PeoplePerTeam; p++)
            {
                var index = t * PeoplePerTeam + p;
                var person = new GenPerson(Ids.For("person", index), $"s{index + 1:0000}", team.Id);
                context.Salespeople.Add(person);
                userRows.Add(User(users, person.Id, person.UserName, $"{PersonName(random)} {person.UserName}", team.Id,
                    team.ManagerId.ToString("D").ToUpperInvariant(), $"135{index + 1:00000000}"));
                roleRows.Add(userRoles.NewRow().Set("UserId", person.Id).Set("RoleId", roles["Salesperson"]));
            }
        }
        await teams.InsertAsync(bulk, teamRows);
        await users.InsertAsync(bulk, userRows);
        await userRoles.InsertAsync(bulk, roleRows);
    }

    private static Row User(Table users, Guid id, string userName, string displayName, Guid teamId, string managerId, string phone)
    {
        var row = users.NewRow()
            .Set("Id", id)
            .Set("UserName", userName)
            .Set("NormalizedUserName", userName.ToUpperInvariant())
            .Set("Email", $"{userName}@bench.salessuite.cn")
            .Set("NormalizedEmail", $"{userName}@bench.salessuite.cn".ToUpperInvariant())
            .Set("DisplayName", displayName)
            .Set("PhoneNumber", phone)
            .Set("TeamId", teamId)
            .Set("SecurityStamp", Guid.NewGuid().ToString("N").ToUpperInvariant())
            .Set("ConcurrencyStamp", Guid.NewGuid().ToString("D"))
            .Set("IsActive", true)
            .Set("AccessFailedCount", 0)
            .Set("LockoutEnd", null);
        row.Values[users.IndexOf("ManagerId")] = managerId;
        return row;
    }

    private static string PersonName(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];

    private static async Task<object?> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
