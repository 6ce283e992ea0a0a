using NodaTime;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.SharedKernel.Persistence;

namespace SalesSuite.Quotes.Domain.Offer;

/// <summary>
/// A rebate calculator result sent to Finance as a request: the inputs and the computed range are frozen when it is
/// sent; Finance completes it (optionally with a note) or refuses it (with a reason), once.
/// </summary>
internal sealed class RebateClaim : IAuditable, IVersioned
{
    private RebateClaim() { ProductCode = Documents = Note = string.Empty; }

    public RebateClaim(Guid id, Guid requestedBy, RebateRequest request, RebateResult result, string? note, Instant now)
    {
        TextLimits.Check(note, TextLimits.RebateText, "Rebate_Error_TextLength");
        Id = id;
        RequestedBy = requestedBy;
        RequestedAt = now;
        CustomerType = request.CustomerType;
        ProductCode = request.ProductCode ?? string.Empty;
        Amount = request.Amount;
        DeliveryDays = request.DeliveryDays;
        DeliveryDate = request.DeliveryDate;
        MinPercent = result.MinPercent;
        MaxPercent = result.MaxPercent;
        MinAmount = result.MinAmount;
        MaxAmount = result.MaxAmount;
        Documents = string.Join("、", result.Documents);
        PayoutDate = result.PayoutDate;
        Note = note?.Trim() ?? string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid RequestedBy { get; private set; }
    public Instant RequestedAt { get; private set; }
    public string? CustomerType { get; private set; }
    public string ProductCode { get; private set; }
    public decimal Amount { get; private set; }
    public int DeliveryDays { get; private set; }
    public LocalDate DeliveryDate { get; private set; }
    public decimal MinPercent { get; private set; }
    public decimal MaxPercent { get; private set; }
    public decimal MinAmount { get; private set; }
    public decimal MaxAmount { get; private set; }
    public string Documents { get; private set; }
    public LocalDate PayoutDate { get; private set; }
    public string Note { get; private set; }
    public RebateClaimStatus Status { get; private set; }
    public Guid? DecidedBy { get; private set; }
    public Instant? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }
    public int Version { get; set; }
    public string AuditId => Id.ToString();

    /// <summary>Finance completes or refuses an open request; a refusal needs a reason.</summary>
    public void Decide(bool complete, Guid financeUserId, string? note, Instant now)
    {
        DomainException.ThrowIf(Status != RebateClaimStatus.Open, "Offer_Error_RebateDecided");
        DomainException.ThrowIf(!complete && string.IsNullOrWhiteSpace(note), "Offer_Error_RebateReason");
        TextLimits.Check(note, TextLimits.RebateText, "Rebate_Error_TextLength");
        Status = complete ? RebateClaimStatus.Completed : RebateClaimStatus.Refused;
        DecidedBy = financeUserId;
        DecidedAt = now;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
