using Microsoft.Data.Sqlite;
using NodaTime;

namespace SalesSuite.Bench.DataGen.Modules;

/// <summary>
/// 10,000,000 operation-log and event rows (at scale 1.0) spread over the modules' kernel tables in proportion to
/// the activity the other generators stand for: 9,000,000 operation-log rows over three years (Leads' commands most,
/// each row naming a generated entity, so an entity's history shows them), and 500,000 delivered outbox messages and
/// 500,000 inbox records within the last 28 days (older ones would be purged by the outbox retention at start).
/// Row ids grow with the row, so the primary-key index is appended to; the secondary indexes are built afterwards.
/// </summary>
internal sealed class LogsGenerator : IModuleGenerator
{
    private static readonly Duration History = Duration.FromDays(3 * 365);
    private static readonly Duration Recent = Duration.FromDays(28);

    private sealed record Op(string Operation, string EntityType, string Kind, long FullEntities, double Weight, string Changes);

    private sealed record Share(string File, long FullLog, long FullOutbox, long FullInbox, Op[] Operations, string[] Events, string[] Consumers);

    private static string Change(string field, string? before, string after) =>
        $"[{{\"Field\":\"{field}\",\"Before\":{(before is null ? "null" : $"\"{before}\"")},\"After\":\"{after}\"}}]";

    private static readonly Share[] Shares =
    [
        new("leads", 6_000_000, 250_000, 150_000,
        [
            new("Lead.Create", "Lead", "lead", 1_000_000, 1.0, Change("Status", null, "Pool")),
            new("Lead.Claim", "Lead", "lead", 1_000_000, 0.5, Change("Status", "Pool", "Claimed")),
            new("Lead.Assign", "Lead", "lead", 1_000_000, 0.3, Change("Status", "Pool", "Assigned")),
            new("Customer.Register", "Customer", "customer", 300_000, 0.3, Change("Code", null, "C0000WEB")),
            new("Customer.EditProfile", "Customer", "customer", 300_000, 0.2, Change("Tier", null, "KA")),
            new("Deal.Open", "Deal", "deal", 200_000, 0.2, Change("Status", null, "Open")),
            new("Deal.Move", "Deal", "deal", 200_000, 0.6, Change("CanQuote", "False", "True")),
            new("Deal.Close", "Deal", "deal", 200_000, 0.17, Change("Status", "Open", "Won")),
            new("FollowUp.Log", "FollowUp", "followup", 2_000_000, 2.0, Change("Objective", null, "AdvanceSolution")),
        ],
        ["LeadCreated", "LeadClaimed", "CustomerRegistered", "DealOpened", "DealStageChanged", "FollowUpLogged"],
        ["QuoteAcceptedHandler", "PaymentRecordedHandler", "ContractCreatedHandler", "MilestonePaidHandler"]),
        new("quotes", 1_100_000, 100_000, 150_000,
        [
            new("Quote.Create", "Quote", "quote", 100_000, 1.0, Change("Status", null, "Draft")),
            new("Quote.SaveDraft", "Quote", "quote", 100_000, 2.0, Change("Terms", "", "交货期 45 天")),
            new("Quote.Submit", "Quote", "quote", 100_000, 1.7, Change("Status", "Draft", "InApproval")),
            new("Quote.Decide", "Quote", "quote", 100_000, 5.0, Change("Status", "Active", "Approved")),
            new("Quote.View", "Quote", "quote", 100_000, 1.3, Change("Views", "0", "1")),
        ],
        ["QuoteSubmitted", "QuoteApproved", "QuoteViewed", "QuoteAccepted"],
        ["DealOpenedHandler", "DealStageChangedHandler", "CustomerRegisteredHandler", "CustomerProfileChangedHandler"]),
        new("collections", 900_000, 100_000, 100_000,
        [
            new("Contract.Create", "Contract", "contract", 50_000, 1.0, Change("Status", null, "Active")),
            new("Payment.Record", "Payment", "payment", 150_000, 3.0, Change("Amount", null, "100000.00")),
            new("Milestone.Paid", "Milestone", "milestone", 200_000, 2.0, Change("Status", "Due", "Paid")),
        ],
        ["ContractCreated", "PaymentRecorded", "MilestonePaid"],
        ["QuoteAcceptedHandler", "CustomerRegisteredHandler", "DealClosedHandler"]),
        new("stores", 500_000, 30_000, 40_000,
        [
            new("DailyReport.Submit", "DailyReport", "dailyreport", 50_000, 3.0, Change("Status", null, "Submitted")),
            new("Store.Edit", "Store", "store", 137, 0.1, Change("Manager", null, "store01")),
        ],
        ["DailyReportSubmitted"],
        ["StoreOpenedHandler"]),
        new("goals", 200_000, 10_000, 40_000,
        [
            new("Target.Set", "Target", "target", 2_400, 1.0, Change("Amount", null, "1000000.00")),
            new("Evidence.Record", "Evidence", "evidence", 200_000, 5.0, Change("Kind", null, "Visit")),
        ],
        ["TargetSet"],
        ["FollowUpLoggedHandler", "DealClosedHandler", "PaymentRecordedHandler"]),
        new("health", 100_000, 10_000, 20_000,
        [
            new("Score.Compute", "Score", "score", 20_000, 1.0, Change("Score", "70", "72")),
        ],
        ["HealthScored"],
        ["FollowUpLoggedHandler", "DealStageChangedHandler"]),
        new("platform", 200_000, 0, 0,
        [
            new("User.Update", "AppUser", "person", 200, 1.0, Change("PreferredCulture", "zh-CN", "en")),
            new("Notification.Read", "Notification", "notification", 100_000, 3.0, Change("ReadAt", null, "2026-01-01T00:00:00Z")),
        ],
        [],
        []),
    ];

    public int Order => 90;

    public string Name => "logs (operation log, outbox, inbox)";

    public async Task RunAsync(GenContext context, CancellationToken cancellationToken)
    {
        var actors = context.Salespeople.Select(p => p.Id).ToArray();
        long sequence = 1;
        foreach (var share in Shares)
        {
            var file = Path.Combine(context.DataFolder, share.File + ".db");
            if (!File.Exists(file))
            {
                Console.WriteLine($"  {share.File}.db not found: skipped");
                continue;
            }
            await using var bulk = await Bulk.OpenAsync(context.DataFolder, share.File);
            if (!await HasTableAsync(bulk.Connection, "OperationLog"))
            {
                continue;
            }
            var log = await Table.OpenAsync(bulk.Connection, "OperationLog");
            var outbox = await Table.OpenAsync(bulk.Connection, "OutboxMessages");
            var inbox = await Table.OpenAsync(bulk.Connection, "InboxRecords");
            Table[] tables = [log, outbox, inbox];
            foreach (var table in tables)
            {
                await table.DropIndexesAsync(bulk);
            }
            var random = GenContext.Random("logs:" + share.File);
            var start = context.Now - History;
            var totalWeight = share.Operations.Sum(o => o.Weight);
            var logCount = context.Count(share.FullLog);
            context.Wrote(share.File, "OperationLog", await log.InsertAsync(bulk, Enumerable.Range(0, logCount).Select(n =>
            {
                var pick = random.NextDouble() * totalWeight;
                var op = share.Operations[^1];
                foreach (var candidate in share.Operations)
                {
                    if ((pick -= candidate.Weight) < 0)
                    {
                        op = candidate;
                        break;
                    }
                }
                var entities = Math.Max(1, (long)Math.Round(op.FullEntities * context.Scale));
                var entity = (long)(random.NextDouble() * entities);
                // An entity's rows come after it was created (entities are created in index order over the years).
                var at = start + History * ((entity + random.NextDouble()) / entities * 0.97) + Duration.FromMinutes(random.Next(60 * 24 * 10));
                if (at > context.Now)
                {
                    at = context.Now - Duration.FromMinutes(random.Next(600));
                }
                return log.NewRow().Set("Id", Sequential(sequence++, random)).Set("ActorUserId", actors[random.Next(actors.Length)])
                    .Set("Operation", op.Operation).Set("EntityType", op.EntityType)
                    .Set("EntityId", Ids.For(op.Kind, entity).ToString()).Set("At", at).Set("ChangesJson", op.Changes);
            })));
            if (share.Events.Length > 0)
            {
                var contracts = $"SalesSuite.{char.ToUpperInvariant(share.File[0])}{share.File[1..]}.Contracts";
                var messages = Enumerable.Range(0, context.Count(share.FullOutbox));
                context.Wrote(share.File, "OutboxMessages", await outbox.InsertAsync(bulk, messages.Select(_ =>
                {
                    var id = Sequential(sequence++, random);
                    var at = context.Now - Recent * random.NextDouble();
                    var type = share.Events[random.Next(share.Events.Length)];
                    return outbox.NewRow().Set("Id", id).Set("Type", $"{contracts}.{type}, {contracts}")
                        .Set("Payload", $"{{\"eventId\":\"{id}\",\"occurredAt\":\"{at}\",\"actorUserId\":null}}")
                        .Set("OccurredAt", at).Set("ProcessedAt", at + Duration.FromMilliseconds(200 + random.Next(2000)))
                        .Set("NextAttemptAt", at).Set("Attempts", 0).Set("LastError", null).Set("DeadLettered", false);
                })));
            }
            if (share.Consumers.Length > 0)
            {
                var handlers = $"SalesSuite.{char.ToUpperInvariant(share.File[0])}{share.File[1..]}.IntegrationEventHandlers";
                var records = Enumerable.Range(0, context.Count(share.FullInbox));
                context.Wrote(share.File, "InboxRecords", await inbox.InsertAsync(bulk, records.Select(_ =>
                    inbox.NewRow().Set("EventId", Sequential(sequence++, random))
                        .Set("Consumer", $"{handlers}.{share.Consumers[random.Next(share.Consumers.Length)]}")
                        .Set("ProcessedAt", context.Now - Recent * random.NextDouble()))));
            }
            foreach (var table in tables)
            {
                await table.CreateIndexesAsync(bulk);
            }
            await bulk.ExecuteAsync("ANALYZE;");
        }
    }

    /// <summary>A Guid whose text grows with <paramref name="sequence"/> (appends to the primary-key index), random otherwise.</summary>
    private static Guid Sequential(long sequence, Random random) =>
        new((int)sequence, (short)random.Next(short.MaxValue), (short)(0x4000 | random.Next(0x0FFF)),
            (byte)(0x80 | random.Next(0x3F)), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256),
            (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));

    private static async Task<bool> HasTableAsync(SqliteConnection db, string table)
    {
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $t";
        command.Parameters.AddWithValue("$t", table);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
