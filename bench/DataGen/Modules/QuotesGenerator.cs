using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace SalesSuite.Bench.DataGen.Modules;

/// <summary>
/// Quotes' share (at scale 1.0): the read models Leads' events would have filled (every customer and deal), and
/// 100,000 quotes on quotable deals with 1–3 immutable versions (one approval round each; an earlier round was
/// rejected by Finance), their approval steps and lines. A won deal's quote is accepted, a lost deal's expired; an open
/// deal's quote is mostly approved and valid (its public link opens), some in approval with an active step (the
/// approvals queue has work; activated within the last hours, so nothing is overdue at generation), some drafts,
/// rejected or expired. Writes a few public tokens of valid approved quotes to <c>bench-tokens.txt</c>.
/// </summary>
internal sealed class QuotesGenerator : IModuleGenerator
{
    public const long FullQuotes = 100_000;

    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private const string Terms = "交货期：合同签订后 45 天；质保 12 个月；价格含 13% 增值税及运输。";
    private const string Schedule =
        "[{\"name\":\"预付款\",\"percent\":30,\"dueDaysAfterSigning\":0},{\"name\":\"发货款\",\"percent\":60,\"dueDaysAfterSigning\":30}," +
        "{\"name\":\"验收款\",\"percent\":10,\"dueDaysAfterSigning\":90}]";

    public int Order => 20;

    public string Name => "quotes (read models, quotes, versions, approval steps)";

    public async Task RunAsync(GenContext context, CancellationToken cancellationToken)
    {
        if (context.Deals.Count == 0)
        {
            throw new InvalidOperationException("The Leads generator runs first.");
        }
        await using var bulk = await Bulk.OpenAsync(context.DataFolder, "quotes");
        var db = bulk.Connection;
        var now = context.Now;
        var today = now.InZone(Shanghai).Date;
        var products = await ProductsAsync(db);
        var chain = await ChainAsync(db);
        var users = await UsersAsync(context.DataFolder);

        var customers = await Table.OpenAsync(db, "Customers");
        var deals = await Table.OpenAsync(db, "Deals");
        var quotes = await Table.OpenAsync(db, "Quotes", "Status = 'Approved'");
        var versions = await Table.OpenAsync(db, "QuoteVersions");
        var steps = await Table.OpenAsync(db, "ApprovalSteps");
        Table[] big = [customers, deals, quotes, versions, steps];
        foreach (var table in big)
        {
            await table.DropIndexesAsync(bulk);
        }
        context.Wrote("quotes", "Customers", await customers.InsertAsync(bulk, context.Customers.Select(c => customers.NewRow()
            .Set("CustomerId", c.Id).Set("Code", c.Code).Set("Name", c.Name).Set("CustomerType", c.CustomerType).Set("MergedInto", null))));
        context.Wrote("quotes", "Deals", await deals.InsertAsync(bulk, context.Deals.Select(d =>
        {
            var c = context.Customers[d.CustomerIndex];
            return deals.NewRow().Set("DealId", d.Id).Set("CustomerId", c.Id).Set("CustomerCode", c.Code).Set("CustomerName", c.Name)
                .Set("CustomerType", c.CustomerType).Set("OwnerId", d.OwnerId).Set("Title", d.Title).Set("Stage", d.StageName)
                .Set("CanQuote", d.CanQuote || d.Status == "Won").Set("Reason", null).Set("Sequence", 0L);
        })));

        var quotable = Enumerable.Range(0, context.Deals.Count).Where(i => context.Deals[i].CanQuote || context.Deals[i].Status == "Won").ToList();
        if (quotable.Count == 0)
        {
            throw new InvalidOperationException("No deal may be quoted: does a stage unlock quoting?");
        }
        var count = context.Count(FullQuotes);
        var random = GenContext.Random(Name);
        var quoteRows = new List<Row>();
        var versionRows = new List<Row>();
        var stepRows = new List<Row>();
        var tokens = new List<string>();
        long stepIndex = 0;
        for (var q = 0; q < count; q++)
        {
            var deal = context.Deals[quotable[(int)((long)q * quotable.Count / count)]];
            var customer = context.Customers[deal.CustomerIndex];
            var id = Ids.For("quote", q);
            var rounds = 1 + (q % 7 == 0 ? 2 : q % 3 == 0 ? 1 : 0);
            var end = deal.ClosedAt ?? now - Duration.FromHours(1 + random.Next(24 * 20));
            var created = deal.OpenedAt + (end - deal.OpenedAt) * 0.3;
            var status = deal.Status switch
            {
                "Won" => "Accepted",
                "Lost" => "Expired",
                _ => (q % 20) switch
                {
                    < 12 => "Approved",
                    < 16 => "InApproval",
                    < 18 => "Draft",
                    18 => "Rejected",
                    _ => "Expired",
                },
            };
            var lines = Lines(products, random, q);
            var roundAt = new Instant[rounds];
            for (var r = 0; r < rounds; r++)
            {
                roundAt[r] = created + (end - created) * ((r + 1.0) / (rounds + 1));
            }
            if (status == "InApproval")
            {
                roundAt[rounds - 1] = now - Duration.FromHours(1 + random.Next(18));
            }
            var validUntil = status is "Approved" or "InApproval" or "Draft" or "Rejected"
                ? today.PlusDays(5 + random.Next(50))
                : roundAt[rounds - 1].InZone(Shanghai).Date.PlusDays(30);
            if (status is "Accepted" or "Expired" && validUntil >= today)
            {
                validUntil = today.PlusDays(-1);
            }
            Guid? last = null;
            for (var r = 1; r <= rounds; r++)
            {
                var versionId = Ids.For("quoteversion", (long)q * 4 + r);
                last = versionId;
                var at = roundAt[r - 1];
                var roundLines = r == rounds ? lines : Lines(products, random, q);
                var t = Totals(roundLines);
                versionRows.Add(versions.NewRow().Set("Id", versionId).Set("QuoteId", id).Set("Major", r).Set("Minor", 0).Set("Label", $"V{r}")
                    .Set("LinesJson", LinesJson(roundLines, q, r)).Set("Terms", Terms).Set("ScheduleJson", Schedule)
                    .Set("ValidUntil", r == rounds ? validUntil : at.InZone(Shanghai).Date.PlusDays(30)).Set("CreatedBy", deal.OwnerId)
                    .Set("CreatedAt", at).Set("ChangeNote", r == 1 ? null : "按财务意见调整价格").Set("CostLockedAt", null)
                    .Set("Net", t.Net).Set("Gross", t.Gross).Set("MarginPercent", t.Margin));
                var plan = chain.Where(s => s.MinAmount is not { } min || t.Net >= min).ToList();
                var final = r == rounds;
                // Earlier rounds: Finance rejected. The last round: as the quote's status says.
                var decided = !final ? plan.FindIndex(s => s.Kind == "Finance") is var f && f >= 0 ? f : 0
                    : status == "InApproval" ? q % plan.Count
                    : status == "Rejected" ? Math.Min(1, plan.Count - 1)
                    : plan.Count;
                var stepAt = at;
                for (var s = 0; s < plan.Count; s++)
                {
                    var rule = plan[s];
                    var row = steps.NewRow().Set("Id", Ids.For("approvalstep", stepIndex++)).Set("QuoteId", id).Set("Round", r)
                        .Set("VersionLabel", $"V{r}").Set("Order", s).Set("Kind", rule.Kind).Set("Role", rule.Role)
                        .Set("Sla", Duration.FromHours(rule.SlaHours)).Set("Comment", null).Set("CustomDevelopmentNeeded", null)
                        .Set("BreachedAt", null).SetIf("EscalationLevel", 0);
                    var rejecting = s == decided && (!final || status == "Rejected");
                    if (s < decided || rejecting)
                    {
                        var decidedAt = stepAt + Duration.FromHours(2 + random.Next(20));
                        row.Set("Status", rejecting ? "Rejected" : "Approved").Set("ActivatedAt", stepAt)
                            .Set("DueAt", stepAt + Duration.FromHours(rule.SlaHours)).Set("DecidedAt", decidedAt)
                            .Set("DeciderId", users.GetValueOrDefault(rule.Role)).Set("Comment", rejecting ? "价格低于成本线，请调整" : null);
                        stepAt = decidedAt;
                    }
                    else if (s == decided && final && status == "InApproval")
                    {
                        var activated = Instant.Max(stepAt, now - Duration.FromHours(Math.Min(rule.SlaHours - 2, 20)));
                        row.Set("Status", "Active").Set("ActivatedAt", activated).Set("DueAt", activated + Duration.FromHours(rule.SlaHours))
                            .Set("DecidedAt", null).Set("DeciderId", null);
                    }
                    else
                    {
                        row.Set("Status", final && status == "InApproval" ? "Waiting" : "Cancelled").Set("ActivatedAt", null).Set("DueAt", null)
                            .Set("DecidedAt", null).Set("DeciderId", null);
                    }
                    stepRows.Add(row);
                }
            }
            var approved = status is "Approved" or "Accepted" or "Expired" or "Draft";
            var token = Token(q);
            if (status == "Approved" && tokens.Count < 20 && q >= count / 2)
            {
                tokens.Add(token);
            }
            quoteRows.Add(quotes.NewRow().Set("Id", id).Set("Number", $"Q-{created.InZone(Shanghai).Year}-B{q + 1:000000}")
                .Set("DealId", deal.Id).Set("CustomerId", customer.Id).Set("CustomerCode", customer.Code).Set("CustomerName", customer.Name)
                .Set("CustomerType", customer.CustomerType).Set("OwnerId", deal.OwnerId).Set("Title", deal.Title).Set("Status", status)
                .Set("LinesJson", LinesJson(lines, q, rounds)).Set("Terms", Terms).Set("ScheduleJson", Schedule).Set("ValidUntil", validUntil)
                .Set("Urgent", q % 25 == 0).Set("Tags", "").Set("PublicToken", token).Set("TokenRevoked", false).Set("Round", rounds)
                .Set("CurrentVersionId", last).Set("CurrentVersionLabel", $"V{rounds}").Set("ApprovedVersionId", approved ? last : null)
                .Set("CreatedAt", created).Set("UpdatedAt", roundAt[rounds - 1]).Set("SubmittedAt", roundAt[rounds - 1])
                .Set("AcceptedAt", status == "Accepted" ? deal.ClosedAt : null)
                .Set("AcceptedByName", status == "Accepted" ? LeadsGenerator.Person(deal.CustomerIndex) : null)
                .Set("SignatureDataUrl", null).Set("Version", 0).Set("CreditAmount", null).Set("CreditExposure", null).Set("CreditLimit", null));
            if (quoteRows.Count == 20_000 || q == count - 1)
            {
                context.Wrote("quotes", "Quotes", await quotes.InsertAsync(bulk, quoteRows));
                quoteRows.Clear();
                context.Wrote("quotes", "QuoteVersions", await versions.InsertAsync(bulk, versionRows));
                versionRows.Clear();
                context.Wrote("quotes", "ApprovalSteps", await steps.InsertAsync(bulk, stepRows));
                stepRows.Clear();
            }
        }
        foreach (var table in big)
        {
            await table.CreateIndexesAsync(bulk);
        }
        await bulk.ExecuteAsync("ANALYZE;");
        await File.WriteAllLinesAsync(Path.Combine(context.DataFolder, "bench-tokens.txt"), tokens, cancellationToken);
    }

    /// <summary>32 bytes, base64url, like the module's tokens; deterministic per quote.</summary>
    private static string Token(int q)
    {
        Span<byte> bytes = stackalloc byte[32];
        SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"quote-token:{q}"), bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private sealed record Product(string Code, string Name, decimal Price, decimal Cost, decimal Tax);

    private sealed record Line(Product Product, int Quantity, decimal Discount);

    private sealed record Step(string Kind, string Role, int SlaHours, decimal? MinAmount);

    private static List<Line> Lines(IReadOnlyList<Product> products, Random random, int q)
    {
        var count = 1 + q % 4;
        return Enumerable.Range(0, count)
            .Select(i => new Line(products[(q + i * 3) % products.Count], 1 + random.Next(20), random.Next(3) * 5m))
            .ToList();
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static (decimal Net, decimal Gross, decimal Margin) Totals(IReadOnlyList<Line> lines)
    {
        decimal net = 0, tax = 0, cost = 0;
        foreach (var l in lines)
        {
            var lineNet = Round(l.Quantity * l.Product.Price * (1m - l.Discount / 100m));
            net += lineNet;
            tax += Round(lineNet * l.Product.Tax / 100m);
            cost += Round(l.Quantity * l.Product.Cost);
        }
        var margin = net == 0m ? 0m : Math.Round((net - cost) / net * 100m, 2, MidpointRounding.AwayFromZero);
        return (net, net + tax, margin);
    }

    private static string LinesJson(IReadOnlyList<Line> lines, int q, int round) => JsonSerializer.Serialize(
        lines.Select((l, i) => new
        {
            productCode = l.Product.Code,
            productName = l.Product.Name,
            quantity = l.Quantity,
            unitPrice = l.Product.Price,
            discountPercent = l.Discount,
            unitCost = l.Product.Cost,
            taxRatePercent = l.Product.Tax,
            deliveryDays = 45,
            lineId = Ids.For("quoteline", ((long)q * 4 + round) * 8 + i),
        }),
        Web);

    private static async Task<List<Product>> ProductsAsync(SqliteConnection db)
    {
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT Code, Name, ListPrice, Cost, TaxRatePercent FROM Products ORDER BY Code";
        await using var reader = await command.ExecuteReaderAsync();
        var products = new List<Product>();
        while (await reader.ReadAsync())
        {
            // Priced so the margin stays above the minimum (no margin review on generated quotes).
            var price = Dec(reader.GetValue(2));
            var cost = Math.Min(Dec(reader.GetValue(3)), Round(price * 0.7m));
            products.Add(new Product(reader.GetString(0), reader.GetString(1), price, cost, Dec(reader.GetValue(4))));
        }
        return products.Count > 0 ? products : throw new InvalidOperationException("The demo catalogue is empty.");
    }

    private static decimal Dec(object value) => Convert.ToDecimal(value, CultureInfo.InvariantCulture);

    /// <summary>The demo chain's enabled steps, margin review left out (generated margins stay above the minimum).</summary>
    private static async Task<List<Step>> ChainAsync(SqliteConnection db)
    {
        await using var command = db.CreateCommand();
        command.CommandText =
            "SELECT Kind, Role, SlaHours, MinAmount FROM ChainSteps WHERE Enabled = 1 AND OnlyBelowMinimumMargin = 0 " +
            "AND (MinDiscountPercent IS NULL) AND (RequiredTag IS NULL OR RequiredTag = '') ORDER BY \"Order\"";
        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<Step>();
        while (await reader.ReadAsync())
        {
            steps.Add(new Step(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : Dec(reader.GetValue(3))));
        }
        return steps.Count > 0 ? steps : throw new InvalidOperationException("The demo approval chain is empty.");
    }

    /// <summary>One demo user per approving role (the decider of generated steps).</summary>
    private static async Task<Dictionary<string, Guid>> UsersAsync(string folder)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "platform.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT r.Name, u.Id FROM AspNetUsers u JOIN AspNetUserRoles ur ON ur.UserId = u.Id JOIN AspNetRoles r ON r.Id = ur.RoleId " +
            "WHERE u.UserName IN ('tech', 'finance', 'legal', 'director', 'gm')";
        await using var reader = await command.ExecuteReaderAsync();
        var users = new Dictionary<string, Guid>();
        while (await reader.ReadAsync())
        {
            users[reader.GetString(0)] = Guid.Parse(reader.GetString(1));
        }
        return users;
    }
}
