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
        TextLimits.Check(changeNote, TextLimits.ChangeNote, "Quote_Error_ChangeNoteLength");
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

    /// <summary>
    /// Refuses as stale when the approver's form showed another step or another version than the ones waiting now
    /// (someone decided, Finance locked costs, or the quote was resubmitted meanwhile): nothing is decided.
    /// </summary>
    public void ThrowIfNotReviewing(Guid deciderId, Guid stepId, string? versionLabel)
    {
        var step = DecidableBy(deciderId);
        if (step.Id != stepId || CurrentVersionLabel != versionLabel)
        {
            throw new StaleEditException();
        }
    }

    /// <summary>Decides the active step. Finance's approval locks the costs (keyed by line id) as a new minor version.</summary>
    public ApprovalStep Decide(
        Guid deciderId, bool approve, string? comment, bool? customDevelopment, IReadOnlyDictionary<Guid, decimal>? lockedCosts, Instant now)
    {
        var step = DecidableBy(deciderId);
        TextLimits.Check(comment, TextLimits.Comment, approve ? "Quote_Error_CommentLength" : "Quote_Error_ReasonLength");
        if (!approve && string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Quote_Error_ReasonRequired");
        }
        if (approve && step.Kind == StepKind.Tech && customDevelopment is null)
        {
            throw new DomainException("Quote_Error_TechQuestion");
        }
        if (approve && step.Kind == StepKind.Finance)
        {
            CheckCosts(lockedCosts);
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

    private ApprovalStep DecidableBy(Guid deciderId)
    {
        var step = ActiveStep ?? throw new DomainException("Quote_Error_StepNotActive");
        if (deciderId == OwnerId || _versions.Any(v => v.CreatedBy == deciderId && v.Label == step.VersionLabel))
        {
            throw new DomainException("Quote_Error_SelfApproval");
        }
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

    /// <summary>
    /// The customer accepts the version they were shown (<paramref name="seenVersion"/>): accepted twice is said plainly,
    /// a version changed since the page was loaded is stale (nothing accepted).
    /// </summary>
    public void Accept(string seenVersion, string customerName, string? signatureDataUrl, LocalDate today, Instant now)
    {
        if (Status == QuoteStatus.Accepted)
        {
            throw new QuoteConflictException("Public_Error_AlreadyAccepted", AcceptedByName ?? string.Empty);
        }
        if (string.IsNullOrWhiteSpace(customerName) || customerName.Trim().Length > TextLimits.CustomerName)
        {
            throw new DomainException("Public_Error_Name");
        }
        if (Status == QuoteStatus.Approved && ApprovedVersion is { } shown && shown.Label != seenVersion)
        {
            throw new QuoteConflictException("Public_Error_Changed");
        }
        signatureDataUrl = SignatureImage.Checked(signatureDataUrl);
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
    public QuoteVersion RelockCosts(Guid financeUserId, IReadOnlyDictionary<Guid, decimal> costs, Instant now)
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

    /// <summary>Costs are keyed by line id; a cost for a line the version does not have means the form is stale.</summary>
    private void LockCosts(Guid financeUserId, IReadOnlyDictionary<Guid, decimal>? lockedCosts, Instant now)
    {
        var source = LatestVersion!;
        lockedCosts ??= new Dictionary<Guid, decimal>();
        CheckCosts(lockedCosts);
        var lines = source.Lines
            .Select(l => lockedCosts.TryGetValue(l.LineId, out var cost) ? l with { UnitCost = cost } : l)
            .ToList();
        LinesJson = QuoteJson.Write(lines);
        AddVersion(source.VersionLabel.NextMinor(), lines, financeUserId, now, null, costLocked: true);
    }

    private void CheckCosts(IReadOnlyDictionary<Guid, decimal>? lockedCosts)
    {
        if (lockedCosts is null)
        {
            return;
        }
        if (lockedCosts.Keys.Any(id => LatestVersion!.Lines.All(l => l.LineId != id)))
        {
            throw new StaleEditException();
        }
        DomainException.ThrowIf(lockedCosts.Values.Any(c => c < 0), "Details_Error_Cost");
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
