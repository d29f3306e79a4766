import { lessonById, lessons } from '../../lessons';
import { useAppStore } from '../../state';
import { LessonList } from './LessonList';
import { LessonPlayer } from './LessonPlayer';
import './learn.css';

/** The course screen: the lesson list, or the lesson step the route names. */
export function LearnView() {
  const route = useAppStore((s) => s.lessonRoute);
  const lesson = route ? lessonById(route.lesson) : undefined;
  return (
    <main className="learn-view" id="main" data-testid="learn-view">
      {route && !lesson && (
        <p className="notice notice-warning" role="status" data-testid="unknown-lesson">
          There is no lesson “{route.lesson}”. Choose one below.
        </p>
      )}
      {lesson ? (
        // A new lesson gets a new player (and a new lesson store).
        <LessonPlayer key={lesson.id} lesson={lesson} stepId={route?.step ?? null} />
      ) : (
        <LessonList lessons={lessons} />
      )}
    </main>
  );
}
