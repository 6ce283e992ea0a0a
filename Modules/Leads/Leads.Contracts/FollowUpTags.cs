namespace SalesSuite.Leads.Contracts;

/// <summary>
/// Obstacle tag values other modules may rely on: Health's pause rule counts follow-ups tagged
/// <see cref="NoObstacle"/> (FollowUpLogged.ObstacleTags). Leads always offers it on the follow-up form.
/// </summary>
public static class FollowUpTags
{
    public const string NoObstacle = "无明显障碍";
}
