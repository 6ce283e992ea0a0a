using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.SharedKernel.Application;
using SalesSuite.SharedKernel.Domain;
using SalesSuite.Stores.Data;
using SalesSuite.Stores.Domain;

namespace SalesSuite.Stores.Application.Config;

/// <summary>
/// Headquarters edits the customer-feedback tree. Codes are stable: a saved option keeps its code, and an option that
/// feedback already used is never deleted, only deactivated. Every change is in the operation log.
/// </summary>
internal sealed class FeedbackTreeCommands(
    StoresDbContext db, UnitOfWork<StoresDbContext> unitOfWork, StoresAccess access, IStringLocalizer<StoresModule> localizer)
{
    /// <summary>Adds an active category without options (they are added on its page); returns its id.</summary>
    public async Task<Guid> AddCategoryAsync(NewCategoryInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var code = input.Code?.Trim() ?? string.Empty;
        DomainException.ThrowIf(!ConfigCodes.IsValid(code), "Config_Error_Code", FeedbackCategory.CodeMaxLength);
        DomainException.ThrowIf(await db.FeedbackCategories.AnyAsync(c => c.Code == code, ct), "Config_Error_CategoryTaken", code);
        var last = await db.FeedbackCategories.MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
        var category = new FeedbackCategory(Guid.NewGuid(), code, input.Name ?? string.Empty, last + 1);
        db.FeedbackCategories.Add(category);
        await unitOfWork.CommitAsync("FeedbackCategory.Add", ct);
        return category.Id;
    }

    /// <summary>Saves the category as the form showed it (<see cref="FeedbackCategoryInput.Version"/>): all of it, or nothing.</summary>
    public async Task SaveCategoryAsync(Guid id, FeedbackCategoryInput input, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var category = await db.FeedbackCategories.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new KeyNotFoundException();
        StaleEditException.ThrowIfChanged(input.Version, category.Version);
        db.Entry(category).Property(c => c.Version).OriginalValue = input.Version;
        if (input.ResponsibleUserId is { } responsible)
        {
            DomainException.ThrowIf(!(await access.Records.NamesAsync(ct)).ContainsKey(responsible), "Config_Error_Responsible");
        }
        var options = await MergeOptionsAsync(category, input.Options, ct);
        category.Rename(input.Name ?? string.Empty);
        category.Configure(input.SortOrder, input.Active, input.ClusterThreshold, input.ResponsibleUserId);
        category.SetPlaybook(input.PlaybookTitle, input.PlaybookText, input.PlaybookLink);
        category.ReplaceOptions(options);
        // The options are a JSON column: a change to them alone must still step the category's version.
        db.Entry(category).State = EntityState.Modified;
        await unitOfWork.CommitAsync("FeedbackCategory.Change", ct);
    }

    /// <summary>Moves a category one place up (<paramref name="direction"/> &lt; 0) or down, renumbering the order 1…n.</summary>
    public async Task MoveCategoryAsync(Guid id, int version, int direction, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        var all = await db.FeedbackCategories.ToListAsync(ct);
        var ordered = all.OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var index = ordered.FindIndex(c => c.Id == id);
        if (index < 0)
        {
            throw new KeyNotFoundException();
        }
        StaleEditException.ThrowIfChanged(version, ordered[index].Version);
        db.Entry(ordered[index]).Property(c => c.Version).OriginalValue = version;
        var target = Math.Clamp(index + Math.Sign(direction), 0, ordered.Count - 1);
        (ordered[index], ordered[target]) = (ordered[target], ordered[index]);
        for (var i = 0; i < ordered.Count; i++)
        {
            var c = ordered[i];
            if (c.SortOrder != i + 1)
            {
                c.Configure(i + 1, c.Active, c.ClusterThreshold, c.ResponsibleUserId);
            }
        }
        await unitOfWork.CommitAsync("FeedbackCategory.Move", ct);
    }

    /// <summary>The "load the starter tree" button: only when the tree is empty; names in <paramref name="language"/>.</summary>
    public async Task<int> LoadStarterTreeAsync(CultureInfo language, CancellationToken ct)
    {
        access.EnsureCanConfigure();
        DomainException.ThrowIf(await db.FeedbackCategories.AnyAsync(ct), "Config_Error_TreeNotEmpty");
        return await EnsureStarterTreeAsync(language, ct);
    }

    /// <summary>
    /// For the demo seeder (no signed-in user): adds <see cref="FeedbackTreeDefaults"/> when the tree is empty, with names
    /// in <paramref name="language"/>; does nothing otherwise. Returns the number of categories added.
    /// </summary>
    public async Task<int> EnsureStarterTreeAsync(CultureInfo language, CancellationToken ct)
    {
        if (await db.FeedbackCategories.AnyAsync(ct))
        {
            return 0;
        }
        var order = 0;
        foreach (var (code, optionCodes) in FeedbackTreeDefaults.Tree)
        {
            var category = new FeedbackCategory(Guid.NewGuid(), code, Text(FeedbackTreeDefaults.CategoryKey(code), language), ++order);
            category.ReplaceOptions(optionCodes.Select(o => new FeedbackOption(o, Text(FeedbackTreeDefaults.OptionKey(code, o), language))));
            db.FeedbackCategories.Add(category);
        }
        await unitOfWork.CommitAsync("FeedbackCategory.StarterTree", ct);
        return order;
    }

    /// <summary>
    /// The new option list: saved options keep their code (matched without regard to case) and are renamed, reordered,
    /// (de)activated or removed; a saved option missing from the form stays as it was; new codes are added.
    /// </summary>
    private async Task<List<FeedbackOption>> MergeOptionsAsync(FeedbackCategory category, List<FeedbackOptionInput> rows, CancellationToken ct)
    {
        var saved = category.Options.ToDictionary(o => o.Code, StringComparer.OrdinalIgnoreCase);
        var posted = rows.Where(r => !r.IsBlank).Select((r, i) => (Row: r, Index: i)).ToList();
        var removed = posted.Where(p => p.Row.Remove && saved.ContainsKey(p.Row.CodeText)).Select(p => saved[p.Row.CodeText].Code).ToList();
        if (removed.Count > 0)
        {
            var used = await db.Feedback.Where(f => f.CategoryCode == category.Code && removed.Contains(f.OptionCode))
                .Select(f => f.OptionCode).Distinct().ToListAsync(ct);
            DomainException.ThrowIf(used.Count > 0, "Config_Error_OptionInUse", string.Join(", ", used));
        }
        var kept = posted.Where(p => !p.Row.Remove)
            .OrderBy(p => p.Row.Order).ThenBy(p => p.Index)
            .Select(p => new FeedbackOption(
                saved.TryGetValue(p.Row.CodeText, out var old) ? old.Code : p.Row.CodeText, p.Row.Name?.Trim() ?? string.Empty, p.Row.Active))
            .ToList();
        var untouched = category.Options.Where(o => !posted.Any(p => string.Equals(p.Row.CodeText, o.Code, StringComparison.OrdinalIgnoreCase)));
        return [.. kept, .. untouched];
    }

    /// <summary>A resource text in a chosen language (the seeder runs outside any request culture).</summary>
    private string Text(string key, CultureInfo language)
    {
        var current = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = language;
            return localizer[key].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }
}
