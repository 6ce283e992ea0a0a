using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Contracts;
using SalesSuite.Testing;
using static SalesSuite.Collections.Tests.Integration.CreditScenario;

namespace SalesSuite.Collections.Tests.Integration;

/// <summary>Leads' customer merges and hand-overs move Collections' records (contracts, receivables, payments).</summary>
public sealed class CustomerRecordsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Given_a_duplicate_customer_with_a_contract_and_a_payment_When_merged_Then_everything_moves_to_the_survivor()
    {
        var survivor = Events.CustomerRegistered(code: "CM-SURV-1");
        var duplicate = Events.CustomerRegistered(code: "CM-DUP-1");
        await app.ConsumeAsync(survivor);
        await app.ConsumeAsync(duplicate);
        await ContractAsync(app, survivor.CustomerId, 10_000m);
        var contract = await ContractAsync(app, duplicate.CustomerId, 50_000m);
        var payment = await PayAsync(app, duplicate.CustomerId, 15_000m, "BR-MERGE-1");
        var merged = Events.CustomersMerged(survivorCustomerId: survivor.CustomerId, mergedCustomerId: duplicate.CustomerId,
            survivorCode: survivor.Code, mergedCode: duplicate.Code);

        await app.ConsumeAsync(merged);
        await app.ConsumeAsync(merged);

        var (contractCustomer, receivableCustomers, paymentCustomer) = await DbAsync(app, async db => (
            await db.Contracts.Where(c => c.Id == contract.Id).Select(c => c.CustomerId).SingleAsync(),
            await db.Receivables.Where(r => r.ContractId == contract.Id).Select(r => r.CustomerId).Distinct().ToListAsync(),
            await db.Payments.Where(p => p.Id == payment).Select(p => p.CustomerId).SingleAsync()));
        Assert.Equal(survivor.CustomerId, contractCustomer);
        Assert.Equal([survivor.CustomerId], receivableCustomers);
        Assert.Equal(survivor.CustomerId, paymentCustomer);
        var (kept, gone) = (await AccountAsync(app, survivor.CustomerId), await AccountAsync(app, duplicate.CustomerId));
        Assert.Equal(10_000m + 50_000m - 15_000m, kept.Exposure);
        Assert.Equal((survivor.CustomerId, 0m), (gone.MergedInto!.Value, gone.Exposure));
        Assert.Equal(45_000m, (await ExposureEventsAsync(app, survivor.CustomerId))[^1].Exposure);
        Assert.Equal(0m, (await ExposureEventsAsync(app, duplicate.CustomerId))[^1].Exposure);
    }

    [Fact]
    public async Task Given_a_deal_handed_over_twice_with_the_events_out_of_order_Then_its_contract_stays_with_the_newest_owner()
    {
        var (sales01, sales02, sales03) = (await app.UserIdAsync("sales01"), await app.UserIdAsync("sales02"), await app.UserIdAsync("sales03"));
        var dealId = Guid.NewGuid();
        var contract = await ContractAsync(app, Guid.NewGuid(), 20_000m, dealId, owner: "sales01");
        var newer = Events.OwnershipHandedOver(fromUserId: sales02, toUserId: sales03, dealIds: [dealId], sequence: 7);
        var older = Events.OwnershipHandedOver(fromUserId: sales01, toUserId: sales02, dealIds: [dealId], sequence: 6);

        await app.ConsumeAsync(newer);
        var afterNewer = await OwnersAsync(contract.Id);
        await app.ConsumeAsync(older);

        Assert.Equal((sales03, sales03), afterNewer);
        Assert.Equal((sales03, sales03), await OwnersAsync(contract.Id));
    }

    [Fact]
    public async Task Given_a_deal_handed_over_Then_its_contract_and_milestones_move_to_the_receiver()
    {
        var (sales01, sales02) = (await app.UserIdAsync("sales01"), await app.UserIdAsync("sales02"));
        var dealId = Guid.NewGuid();
        var contract = await ContractAsync(app, Guid.NewGuid(), 20_000m, dealId, owner: "sales01");

        await app.ConsumeAsync(Events.OwnershipHandedOver(fromUserId: sales01, toUserId: sales02, dealIds: [dealId], sequence: 3));

        Assert.Equal((sales02, sales02), await OwnersAsync(contract.Id));
    }

    [Fact]
    public async Task Given_customers_handed_over_Then_their_unpaid_contracts_of_the_giver_follow_and_paid_ones_stay()
    {
        var (sales04, sales05) = (await app.UserIdAsync("sales04"), await app.UserIdAsync("sales05"));
        var customer = Guid.NewGuid();
        var paid = await ContractAsync(app, customer, 1_000m, owner: "sales04");
        await PayAsync(app, customer, 1_000m, "BR-HANDOVER-1");
        var open = await ContractAsync(app, customer, 8_000m, owner: "sales04");
        var handOver = new OwnershipHandedOver(Guid.NewGuid(), AppFactory.DefaultNow, null, Guid.NewGuid(), sales04,
            [new HandOverTransfer(sales05, "Customer", 1, [customer]), new HandOverTransfer(sales05, "Deal", 0, [])]);

        await app.ConsumeAsync(handOver);

        Assert.Equal(sales05, (await OwnersAsync(open.Id)).Contract);
        Assert.Equal(sales04, (await OwnersAsync(paid.Id)).Contract);
    }

    /// <summary>The contract's owner and the one owner of all its milestones (fails when they differ among themselves).</summary>
    private Task<(Guid Contract, Guid Milestones)> OwnersAsync(Guid contractId) =>
        DbAsync(app, async db => (
            await db.Contracts.Where(c => c.Id == contractId).Select(c => c.OwnerId).SingleAsync(),
            (await db.Receivables.Where(r => r.ContractId == contractId).Select(r => r.OwnerId).ToListAsync()).Distinct().Single()));
}
