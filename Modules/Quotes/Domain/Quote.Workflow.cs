using NodaTime;
using SalesSuite.SharedKernel.Domain;

namespace SalesSuite.Quotes.Domain;

internal sealed partial class Quote
{
    public QuoteVersion Submit(Guid byUserId, IReadOnlyList<ChainStepRule> plan, LocalDate today, Instant now, string? changeNote)
    {
        if (Status is not (QuoteStatus.Draft or QuoteStatus.Rejected))
        {
            throw new DomainException("Quote_Error_NotSubmittable");
        }
        if (Lines.Count == 0)
        {
            throw new DomainException("Quote_Error_NoLines");
        }
        if (ValidUntil < today)
        {
            throw new DomainException("Quote_Error_ValidityPast");
        }
        var label = LatestVersion is { } last ? last.VersionLabel.NextMajor() : VersionLabel.First;
        var version = AddVersion(label, Lines, byUserId, now, changeNote, costLocked: false);
        Round++;
        var order = 0;
        foreach (var rule in plan)
        {
            _steps.Add(new ApprovalStep(Guid.NewGuid(), Id, Round, version.Label, order++, rule.Kind, rule.Role, rule.Sla(Urgent)));
        }
        Status = QuoteStatus.InApproval;
        SubmittedAt = now;
        AdvanceOrApprove(now);
        return version;
    }

    /// <summary>Decides the active step. Finance's approval locks the costs as a new minor version.</summary>
    public ApprovalStep Decide(
        Guid deciderId, bool approve, string? comment, bool? customDevelopment, IReadOnlyList<decimal>? lockedCosts, Instant now)
    {
        var step = ActiveStep ?? throw new DomainException("Quote_Error_StepNotActive");
        if (deciderId == OwnerId || _versions.Any(v => v.CreatedBy == deciderId && v.Label == step.VersionLabel))
        {
            throw new DomainException("Quote_Error_SelfApproval");
        }
        if (!approve && string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Quote_Error_ReasonRequired");
        }
        if (approve && step.Kind == StepKind.Tech && customDevelopment is null)
        {
            throw new DomainException("Quote_Error_TechQuestion");
        }
        step.Decide(approve, deciderId, comment, customDevelopment, now);
        UpdatedAt = now;
        if (!approve)
        {
            foreach (var other in CurrentRound)
            {
                other.Cancel();
            }
            Status = QuoteStatus.Rejected;
            return step;
        }
        if (step.Kind == StepKind.Finance)
        {
            LockCosts(deciderId, lockedCosts, now);
        }
        AdvanceOrApprove(now);
        return step;
    }

    public void Expire()
    {
        if (Status is not (QuoteStatus.Draft or QuoteStatus.InApproval or QuoteStatus.Approved or QuoteStatus.Rejected))
        {
            throw new DomainException("Quote_Error_NotEditable");
        }
        foreach (var step in CurrentRound)
        {
            step.Cancel();
        }
        Status = QuoteStatus.Expired;
    }

    /// <summary>An expired quote comes back only as a draft of the next version, with a new validity.</summary>
    public void Renew(LocalDate validUntil, LocalDate today, Instant now)
    {
        if (Status != QuoteStatus.Expired)
        {
            throw new DomainException("Quote_Error_NotExpired");
        }
        if (validUntil < today)
        {
            throw new DomainException("Quote_Error_ValidityPast");
        }
        ValidUntil = validUntil;
        ApprovedVersionId = null;
        Status = QuoteStatus.Draft;
        UpdatedAt = now;
    }

    public void Accept(string customerName, string? signatureDataUrl, LocalDate today, Instant now)
    {
        if (Status != QuoteStatus.Approved || ApprovedVersion is not { } approved || approved.ValidUntil < today)
        {
            throw new DomainException("Quote_Error_NotAcceptable");
        }
        AcceptedByName = customerName.Trim();
        SignatureDataUrl = signatureDataUrl;
        AcceptedAt = now;
        Status = QuoteStatus.Accepted;
    }

    /// <summary>
    /// Finance corrects costs of an approved quote (scenario 3: a 12% BOM error). Prices and terms the customer
    /// sees are unchanged, so the corrected minor version becomes the effective one; its margin is re-flagged.
    /// </summary>
    public QuoteVersion RelockCosts(Guid financeUserId, IReadOnlyList<decimal> costs, Instant now)
    {
        if (Status != QuoteStatus.Approved)
        {
            throw new DomainException("Quote_Error_NotApproved");
        }
        LockCosts(financeUserId, costs, now);
        ApprovedVersionId = CurrentVersionId;
        UpdatedAt = now;
        return LatestVersion!;
    }

    public void RevokeToken() => TokenRevoked = true;

    public void ReissueToken(string token)
    {
        PublicToken = token;
        TokenRevoked = false;
    }

    private void LockCosts(Guid financeUserId, IReadOnlyList<decimal>? lockedCosts, Instant now)
    {
        var source = LatestVersion!;
        var lines = source.Lines
            .Select((l, i) => lockedCosts is not null && i < lockedCosts.Count ? l with { UnitCost = lockedCosts[i] } : l)
            .ToList();
        LinesJson = QuoteJson.Write(lines);
        AddVersion(source.VersionLabel.NextMinor(), lines, financeUserId, now, null, costLocked: true);
    }

    private QuoteVersion AddVersion(VersionLabel label, IReadOnlyList<QuoteLine> lines, Guid byUserId, Instant now, string? note, bool costLocked)
    {
        var version = new QuoteVersion(Guid.NewGuid(), Id, label, lines, Terms, Schedule, ValidUntil, byUserId, now, note, costLocked);
        _versions.Add(version);
        CurrentVersionId = version.Id;
        CurrentVersionLabel = version.Label;
        return version;
    }

    private void AdvanceOrApprove(Instant now)
    {
        var next = CurrentRound.FirstOrDefault(s => s.Status == StepStatus.Waiting);
        if (next is not null)
        {
            next.Activate(now);
            return;
        }
        Status = QuoteStatus.Approved;
        ApprovedVersionId = CurrentVersionId;
    }
}
